package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProxySettingsTest {

    private static final ApiEndpoint EU = ApiEndpoint.site("datadoghq.eu");

    private static ClientSettings applied(ProxySettings proxy, ApiEndpoint endpoint) {
        return ProxySettings.apply(proxy, endpoint, ClientSettings.builder(endpoint, Credentials.of("a", "b")))
                .build();
    }

    @Test
    void shouldSendRequestsThroughJenkinsProxyWithItsCredentials() {
        ProxySettings proxy = new ProxySettings("proxy.corp", 3128, "ci", "s3cret".toCharArray(), List.of());

        ClientSettings settings = applied(proxy, EU);

        assertThat(settings.proxy()).contains(URI.create("http://proxy.corp:3128"));
        assertThat(settings.proxyUser()).contains("ci");
        assertThat(settings.proxyPassword())
                .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("s3cret"));
        assertThat(proxy.toString()).isEqualTo("ProxySettings[proxy.corp:3128, user ci]");
    }

    @Test
    void shouldGoDirectlyToHostsJenkinsExcludesAndWithoutAProxy() {
        // Jenkins turns "No Proxy Host" entries such as *.datadoghq.eu into patterns like this one.
        ProxySettings proxy =
                new ProxySettings("proxy.corp", 3128, null, null, List.of(Pattern.compile(".*\\.datadoghq\\.eu")));

        assertThat(applied(proxy, EU).proxy()).isEmpty();
        assertThat(applied(proxy, ApiEndpoint.site("datadoghq.com")).proxy())
                .contains(URI.create("http://proxy.corp:3128"));
        assertThat(applied(proxy, ApiEndpoint.site("datadoghq.com")).proxyUser())
                .isEmpty();
        assertThat(applied(null, EU).proxy()).isEmpty();
    }
}
