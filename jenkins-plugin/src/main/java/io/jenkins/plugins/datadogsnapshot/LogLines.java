package io.jenkins.plugins.datadogsnapshot;

/**
 * The plugin's lines in a build's console, each starting with {@link #PREFIX}. The steps and the post-build action
 * write them only through these functions, and the JenkinsRule tests look for them through the same functions, so
 * a line cannot change in one place and not the other.
 */
final class LogLines {

    /** What every line of the plugin starts with. */
    static final String PREFIX = "[datadog-snapshot] ";
    /** How the line that starts the requests begins; absent when nothing was requested. */
    static final String CAPTURING = PREFIX + "Capturing ";

    private LogLines() {}

    /** {@code [datadog-snapshot] text}: progress, and the message of an error that fails the step. */
    static String line(String text) {
        return PREFIX + text;
    }

    /** {@code [datadog-snapshot] WARNING: text}. */
    static String warning(String text) {
        return PREFIX + "WARNING: " + text;
    }

    /** {@code [datadog-snapshot] REGRESSION: graph 'latency': max of ... is 150 ms, which breaks 'max < 1'}. */
    static String regression(String crossed) {
        return PREFIX + "REGRESSION: " + crossed;
    }

    /** {@code [datadog-snapshot] Capturing 2 graphs from https://api.datadoghq.com}. */
    static String capturing(int graphs, Object endpoint) {
        return CAPTURING + graphs + (graphs == 1 ? " graph" : " graphs") + " from " + endpoint;
    }

    /**
     * {@code [datadog-snapshot] Baseline: build #41 (the previous successful build)}, a warning when the build asked
     * for could not be had.
     */
    static String baseline(String description, boolean warn) {
        return (warn ? warning("") : PREFIX) + "Baseline: " + description;
    }

    /** {@code [datadog-snapshot] 1 Datadog graph crossed its thresholds (latency): marking the build UNSTABLE}. */
    static String marking(String regressionSummary, RegressionResult result) {
        return PREFIX + regressionSummary + ": marking the build " + result.name();
    }
}
