package io.jenkins.plugins.datadogsnapshot;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.plan.PlanCheck;
import io.github.datadogsnapshot.client.plan.Problem;
import java.util.Optional;

/**
 * The checks behind the configuration forms, free of Jenkins so they can be unit tested. Each returns the
 * problem as a message, or empty when the value is fine. Graph fields are checked by building a client
 * {@link GraphSpec} around them, so the form says exactly what the build would say.
 */
final class GraphChecks {

    /** A placeholder query that lets a single field be checked on its own. */
    private static final String ANY_QUERY = "avg:system.load.1{*}";

    private GraphChecks() {}

    static Optional<String> queryOrDefinition(String metricQuery, String graphDef) {
        boolean query = Text.trimToNull(metricQuery) != null;
        boolean definition = Text.trimToNull(graphDef) != null;
        if (!query && !definition) {
            return Optional.of("Give a metric query, or a graph definition (graphDef) instead.");
        }
        if (query && definition) {
            return Optional.of("Give either a metric query or a graph definition, not both.");
        }
        return Optional.empty();
    }

    static Optional<String> graphDef(String graphDef) {
        if (Text.trimToNull(graphDef) == null) {
            return Optional.empty();
        }
        return problem(() -> GraphSpec.builder().graphDef(graphDef).build());
    }

    static Optional<String> name(String name) {
        if (Text.trimToNull(name) == null) {
            return Optional.empty();
        }
        return problem(
                () -> GraphSpec.builder().metricQuery(ANY_QUERY).name(name).build());
    }

    /** A graph's thresholds, e.g. {@code p95 +10% and +2ms; max < 800}; blank means none. */
    static Optional<String> thresholds(String thresholds) {
        if (Text.trimToNull(thresholds) == null) {
            return Optional.empty();
        }
        return problem(() -> GraphSpec.builder()
                .metricQuery(ANY_QUERY)
                .thresholds(thresholds)
                .build());
    }

    /**
     * A baseline: empty, {@code none} or a build number. A value with a variable ({@code ${BASELINE}}) is expanded when
     * the build runs, so the form cannot check it.
     */
    static Optional<String> baseline(String baseline) {
        if (baseline != null && baseline.contains("$")) {
            return Optional.empty();
        }
        return problem(() -> BaselineChoice.parse(baseline));
    }

    /** Who draws the pictures, and whether the numbers it needs are fetched: the client's plan check decides. */
    static Optional<String> renderer(String renderer, boolean numbers) {
        return PlanCheck.checkOptions(renderer, numbers, false, RequestCheck.labels(1)).stream()
                .filter(Problem::error)
                .map(Problem::message)
                .findFirst();
    }

    static Optional<String> regressionResult(String regressionResult) {
        return problem(() -> RegressionResult.parse(regressionResult));
    }

    /** A width or height in pixels; blank means the default. */
    static Optional<String> size(String field, String value) {
        if (Text.trimToNull(value) == null) {
            return Optional.empty();
        }
        Integer pixels = parse(value);
        if (pixels == null) {
            return Optional.of(field + ": '" + value.trim() + "' is not a whole number of pixels");
        }
        var b = GraphSpec.builder().metricQuery(ANY_QUERY);
        return problem(() -> ("width".equals(field) ? b.width(pixels) : b.height(pixels)).build());
    }

    /** A number of seconds; blank means the default. */
    static Optional<String> seconds(String field, String value, int min, int max) {
        if (Text.trimToNull(value) == null) {
            return Optional.empty();
        }
        Integer n = parse(value);
        if (n == null || n < min || n > max) {
            return Optional.of(field + ": give a whole number of seconds from " + min + " to " + max);
        }
        return Optional.empty();
    }

    /** A custom API URL; blank means the site is used. */
    static Optional<String> apiUrl(String apiUrl) {
        if (Text.trimToNull(apiUrl) == null) {
            return Optional.empty();
        }
        return problem(() -> ApiEndpoint.custom(apiUrl));
    }

    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<String> problem(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
