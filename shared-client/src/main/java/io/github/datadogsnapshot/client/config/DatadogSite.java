package io.github.datadogsnapshot.client.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Datadog sites, named as in {@code DD_SITE}. The API host is always {@code api.} + the site name. */
public enum DatadogSite {
    US1("datadoghq.com", "dd-snapshots-prod"),
    US3("us3.datadoghq.com", null),
    US5("us5.datadoghq.com", null),
    EU1("datadoghq.eu", "dd-snapshots-eu1-prod"),
    AP1("ap1.datadoghq.com", null),
    AP2("ap2.datadoghq.com", null),
    UK1("uk1.datadoghq.com", null),
    US1_FED("ddog-gov.com", null),
    US2_FED("us2.ddog-gov.com", null);

    private final String siteName;
    private final String snapshotBucket;

    DatadogSite(String siteName, String snapshotBucket) {
        this.siteName = siteName;
        this.snapshotBucket = snapshotBucket;
    }

    /**
     * The S3 bucket that Datadog's snapshot URLs of this site name ({@code .../snapshot/view/<bucket>/...}), and that
     * older accounts were served from directly; empty for sites whose snapshots were never seen on S3.
     */
    public java.util.Optional<String> snapshotBucket() {
        return java.util.Optional.ofNullable(snapshotBucket);
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
        return fromName(name, "site");
    }

    /** {@link #fromName(String)}, naming the field {@code label} in errors. */
    public static DatadogSite fromName(String name, String label) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(label + ": no Datadog site given; use one of " + validNames());
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        key = key.replaceFirst("^https?://", "").replaceFirst("/+$", "").replaceFirst("^(app|api)\\.", "");
        for (DatadogSite site : values()) {
            if (site.siteName.equals(key)) {
                return site;
            }
        }
        throw new IllegalArgumentException(
                label + ": unknown Datadog site '" + name.trim() + "'; use one of " + validNames()
                        + ", or give a custom API URL instead");
    }

    /** The valid {@code DD_SITE} names, comma-separated. */
    public static String validNames() {
        return Arrays.stream(values()).map(DatadogSite::siteName).collect(Collectors.joining(", "));
    }
}
