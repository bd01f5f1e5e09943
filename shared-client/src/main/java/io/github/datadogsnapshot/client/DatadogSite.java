package io.github.datadogsnapshot.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Datadog sites, named as in {@code DD_SITE}. The API host is always {@code api.} + the site name. */
public enum DatadogSite {
    US1("datadoghq.com"),
    US3("us3.datadoghq.com"),
    US5("us5.datadoghq.com"),
    EU1("datadoghq.eu"),
    AP1("ap1.datadoghq.com"),
    AP2("ap2.datadoghq.com"),
    UK1("uk1.datadoghq.com"),
    US1_FED("ddog-gov.com"),
    US2_FED("us2.ddog-gov.com");

    private final String siteName;

    DatadogSite(String siteName) {
        this.siteName = siteName;
    }

    /** The name as written in {@code DD_SITE}, e.g. {@code datadoghq.eu}. */
    public String siteName() {
        return siteName;
    }

    /** The API host, e.g. {@code api.datadoghq.eu}. */
    public String apiHost() {
        return "api." + siteName;
    }

    /**
     * Finds a site by its {@code DD_SITE} name. Also accepts the web addresses users copy from the
     * browser ({@code app.datadoghq.com}, {@code https://app.datadoghq.eu/}).
     *
     * @throws IllegalArgumentException naming the valid sites when the name is unknown
     */
    public static DatadogSite fromName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("site: no Datadog site given; use one of " + validNames());
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        key = key.replaceFirst("^https?://", "").replaceFirst("/+$", "").replaceFirst("^(app|api)\\.", "");
        for (DatadogSite site : values()) {
            if (site.siteName.equals(key)) {
                return site;
            }
        }
        throw new IllegalArgumentException(
                "site: unknown Datadog site '" + name.trim() + "'; use one of " + validNames()
                        + ", or give a custom API URL instead");
    }

    /** The valid {@code DD_SITE} names, comma-separated. */
    public static String validNames() {
        return Arrays.stream(values()).map(DatadogSite::siteName).collect(Collectors.joining(", "));
    }
}
