package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiEndpointTest {

    @Test
    void shouldAcceptHttpAndHttpsBaseUrlsWithAPathPrefix() {
        assertThat(ApiEndpoint.custom("http://127.0.0.1:8126/").baseUri()).hasToString("http://127.0.0.1:8126");
        assertThat(ApiEndpoint.custom("https://proxy.example.com/datadog/").baseUri())
                .hasToString("https://proxy.example.com/datadog");
        assertThat(ApiEndpoint.custom("https://proxy.example.com").datadogSite()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com", "example.com", "http://", "https://user:pw@example.com",
        "https://example.com/?api_key=x", "http://exa mple.com", " "})
    void shouldRefuseUnusableBaseUrlsNamingTheField(String url) {
        assertThatThrownBy(() -> ApiEndpoint.custom(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("apiUrl: ");
    }

    @Test
    void shouldPreferTheApiUrlThenTheSiteThenDdSiteThenUs1() {
        Map<String, String> env = Map.of("DD_SITE", "datadoghq.eu");
        assertThat(ApiEndpoint.resolve("us5.datadoghq.com", "http://localhost:1", env).baseUri())
                .hasToString("http://localhost:1");
        assertThat(ApiEndpoint.resolve("us5.datadoghq.com", null, env).datadogSite()).contains(DatadogSite.US5);
        assertThat(ApiEndpoint.resolve(" ", "", env).datadogSite()).contains(DatadogSite.EU1);
        assertThat(ApiEndpoint.resolve(null, null, Map.of()).datadogSite()).contains(DatadogSite.US1);
    }

    @Test
    void shouldNameDdSiteWhenTheEnvironmentHoldsAnUnknownSite() {
        assertThatThrownBy(() -> ApiEndpoint.resolve(null, null, Map.of("DD_SITE", "nowhere.com")))
                .hasMessageStartingWith("DD_SITE: site: unknown Datadog site 'nowhere.com'");
    }

    @ParameterizedTest
    @CsvSource({
        "datadoghq.com, https://p.datadoghq.com/snapshot/view/dd-snapshots-prod/org_1/2026-11-28/abc.png, true",
        "datadoghq.com, https://app.datadoghq.com/s/f12345678/aaa-bbb-ccc, true",
        "datadoghq.eu, https://p.datadoghq.eu/snapshot/view/dd-snapshots-eu1-prod/org_1/2026-11-28/abc.png, true",
        "us5.datadoghq.com, https://p.us5.datadoghq.com/snapshot/view/x.png, true",
        "datadoghq.com, https://p.datadoghq.eu/snapshot/view/x.png, false",
        "datadoghq.eu, https://p.datadoghq.com/snapshot/view/x.png, false",
        "datadoghq.com, http://p.datadoghq.com/snapshot/view/x.png, false",
        "datadoghq.com, https://p.datadoghq.com:8443/snapshot/view/x.png, false",
        "datadoghq.com, https://p.datadoghq.com.evil.example/x.png, false",
        "datadoghq.com, https://evil.example/p.datadoghq.com/x.png, false",
        "datadoghq.com, https://user@p.datadoghq.com/x.png, false",
        "datadoghq.com, https://dd-snapshots-prod.s3.amazonaws.com/org_1/x.png, true",
        "datadoghq.com, https://s3.amazonaws.com/dd-snapshots-prod/org_1/x.png, true",
        "datadoghq.com, https://someone-else.s3.amazonaws.com/x.png, false",
        "datadoghq.com, https://s3.amazonaws.com/someone-else/x.png, false",
    })
    void shouldDownloadOnlyFromTheSnapshotHostsOfTheSite(String site, String url, boolean allowed) {
        assertThat(ApiEndpoint.site(site).allowsDownloadFrom(URI.create(url))).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8126, http://127.0.0.1:8126/snapshot/view/x.png, true",
        "http://127.0.0.1:8126, http://127.0.0.1:8127/snapshot/view/x.png, false",
        "http://127.0.0.1:8126, https://127.0.0.1:8126/snapshot/view/x.png, false",
        "http://127.0.0.1:8126, http://localhost:8126/snapshot/view/x.png, false",
        "https://proxy.example.com/dd, https://proxy.example.com:443/x.png, true",
        "https://proxy.example.com/dd, https://p.datadoghq.com/x.png, false",
    })
    void shouldDownloadOnlyFromTheHostOfACustomBaseUrl(String base, String url, boolean allowed) {
        assertThat(ApiEndpoint.custom(base).allowsDownloadFrom(URI.create(url))).isEqualTo(allowed);
    }
}
