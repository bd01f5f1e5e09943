package io.github.datadogsnapshot.client.config;

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
                .hasMessageStartingWith("DD_SITE: unknown Datadog site 'nowhere.com'");
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
        "datadoghq.com, https://dd-snapshots-prod.s3.us-east-1.amazonaws.com/org_1/x.png, true",
        "datadoghq.com, https://dd-snapshots-attacker.s3.amazonaws.com/x.png, false",
        "datadoghq.com, https://s3.amazonaws.com/dd-snapshots-attacker/x.png, false",
        "datadoghq.com, https://s3.amazonaws.com/dd-snapshots-prod-x/x.png, false",
        "datadoghq.com, https://dd-snapshots-prod.evil.s3.amazonaws.com/x.png, false",
        "datadoghq.com, https://dd-snapshots-eu1-prod.s3.amazonaws.com/x.png, false",
        "datadoghq.eu, https://dd-snapshots-eu1-prod.s3.eu-west-1.amazonaws.com/x.png, true",
        "datadoghq.eu, https://dd-snapshots-prod.s3.amazonaws.com/x.png, false",
        "us5.datadoghq.com, https://dd-snapshots-prod.s3.amazonaws.com/x.png, false",
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://127.0.0.1:99999 | 99999",
        "http://127.0.0.1:0 | 0",
        "http://127.0.0.1:65536 | 65536",
        "http://127.0.0.1:abc | abc",
        "http://127.0.0.1:-1 | -1",
        "http://127.0.0.1:99999999999/dd | 99999999999",
        "http://[::1]:70000 | 70000",
    })
    void shouldRefuseAPortOutOfRangeNamingIt(String url, String port) {
        assertThatThrownBy(() -> ApiEndpoint.custom(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiUrl: '" + url + "' has the port '" + port + "'; a port is a number from 1 to 65535 (or"
                        + " leave it out for the scheme's default)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:1", "http://127.0.0.1:65535/x", "http://[::1]:8126", "https://h:443",
        "http://h:"})
    void shouldAcceptEveryValidPort(String url) {
        assertThat(ApiEndpoint.custom(url).baseUri().getHost()).isNotNull();
    }

    @Test
    void shouldSayAUrlHasUserInfoWithoutRepeatingIt() {
        assertThatThrownBy(() -> ApiEndpoint.custom("https://admin:s3cr3t@dd-proxy.example.com/dd"))
                .hasMessage("apiUrl: 'https://****@dd-proxy.example.com/dd' contains user info (a name or password"
                        + " before '@'); remove it: the API URL takes no credentials, the keys are configured"
                        + " separately");
        assertThatThrownBy(() -> ApiEndpoint.custom("http://admin:s3cr3t@exa mple.com"))
                .hasMessageStartingWith("apiUrl: 'http://****@exa mple.com' is not a valid URL")
                .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> ApiEndpoint.custom("https://example.com/dd?api_key=s3cr3t#s3cr3t"))
                .hasMessageStartingWith("apiUrl: 'https://example.com/dd?****#****' has a query")
                .hasMessageNotContaining("s3cr3t");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "datadoghq.com | https://user:pw@p.datadoghq.com/x.png | it contains user info (a name or password before '@'), which no snapshot URL has",
        "datadoghq.com | http://p.datadoghq.com/x.png | it is not https",
        "datadoghq.com | https://p.datadoghq.com:8443/x.png | its port 8443 is not 443",
        "datadoghq.com | https://evil.example/x.png | the host 'evil.example' is not a snapshot host of datadoghq.com",
    })
    void shouldSayWhyASiteRefusesAnImageUrl(String site, String url, String reason) {
        assertThat(ApiEndpoint.site(site).downloadRefusal(URI.create(url))).hasValue(reason);
        assertThat(ApiEndpoint.site(site).downloadRefusal(URI.create("https://p.datadoghq.com/x.png"))).isEmpty();
    }

    @Test
    void shouldSayWhyACustomUrlRefusesAnImageUrl() {
        ApiEndpoint endpoint = ApiEndpoint.custom("http://127.0.0.1:8126");
        assertThat(endpoint.downloadRefusal(URI.create("http://127.0.0.1:8127/x.png")))
                .hasValue("http://127.0.0.1:8127 is not the scheme, host and port of the API URL http://127.0.0.1:8126");
        assertThat(endpoint.downloadRefusal(URI.create("http://u@127.0.0.1:8126/x.png")).orElseThrow())
                .startsWith("it contains user info");
    }
}
