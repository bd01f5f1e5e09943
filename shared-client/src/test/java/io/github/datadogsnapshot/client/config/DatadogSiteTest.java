package io.github.datadogsnapshot.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatadogSiteTest {

    @ParameterizedTest
    @CsvSource({
        "datadoghq.com, US1, api.datadoghq.com",
        "us3.datadoghq.com, US3, api.us3.datadoghq.com",
        "us5.datadoghq.com, US5, api.us5.datadoghq.com",
        "datadoghq.eu, EU1, api.datadoghq.eu",
        "ap1.datadoghq.com, AP1, api.ap1.datadoghq.com",
        "ap2.datadoghq.com, AP2, api.ap2.datadoghq.com",
        "uk1.datadoghq.com, UK1, api.uk1.datadoghq.com",
        "ddog-gov.com, US1_FED, api.ddog-gov.com",
        "us2.ddog-gov.com, US2_FED, api.us2.ddog-gov.com",
    })
    void shouldMapEverySiteNameToItsApiHost(String name, DatadogSite site, String apiHost) {
        assertThat(DatadogSite.fromName(name)).isEqualTo(site);
        assertThat(site.apiHost()).isEqualTo(apiHost);
        assertThat(ApiEndpoint.site(name).baseUri()).hasToString("https://" + apiHost);
    }

    @Test
    void shouldHaveExactlyTheNineSites() {
        assertThat(DatadogSite.values()).hasSize(9);
    }

    @ParameterizedTest
    @CsvSource({"app.datadoghq.eu, EU1", "https://app.datadoghq.com/, US1", " DATADOGHQ.EU , EU1", "api.us5.datadoghq.com, US5"})
    void shouldAcceptWhatUsersCopyFromTheBrowser(String name, DatadogSite site) {
        assertThat(DatadogSite.fromName(name)).isEqualTo(site);
    }

    @Test
    void shouldListTheValidSitesWhenTheNameIsUnknown() {
        assertThatThrownBy(() -> DatadogSite.fromName("datadoghq.de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("site: unknown Datadog site 'datadoghq.de'")
                .hasMessageContaining("datadoghq.com, us3.datadoghq.com, us5.datadoghq.com, datadoghq.eu, ap1.datadoghq.com,"
                        + " ap2.datadoghq.com, uk1.datadoghq.com, ddog-gov.com, us2.ddog-gov.com");
    }
}
