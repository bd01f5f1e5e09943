package io.github.datadogsnapshot.emulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the emulator reads from one metric query such as {@code avg:system.cpu.user{env:perf} by {host}}: the
 * first metric with its space aggregator and scope, and the tag keys it is grouped by. Enough to make up
 * believable series; not Datadog's grammar (functions and arithmetic are kept as text).
 *
 * @param text the query, trimmed
 * @param aggregator the space aggregator before the metric ({@code avg}, {@code sum}, {@code p99} ...), or
 *     {@code null}
 * @param metric the first metric name
 * @param filter the tags inside the metric's braces, without {@code *}
 * @param groupBy the tag keys of {@code by {...}}, empty when not grouped
 */
record MetricQuery(String text, String aggregator, String metric, List<String> filter, List<String> groupBy) {

    private static final Pattern METRIC = Pattern.compile("(?:([A-Za-z][\\w]*):)?([A-Za-z][\\w.\\-]*)\\s*\\{([^{}]*)\\}");
    private static final Pattern GROUP_BY = Pattern.compile("\\s*\\bby\\s*\\{([^{}]*)\\}");

    MetricQuery {
        filter = List.copyOf(filter);
        groupBy = List.copyOf(groupBy);
    }

    /**
     * Reads one query (not a comma-separated list).
     *
     * @return the query, or empty when it has no {@code metric{scope}} or unbalanced brackets
     */
    static Optional<MetricQuery> parse(String query) {
        String text = query.trim();
        if (!balanced(text)) {
            return Optional.empty();
        }
        Matcher by = GROUP_BY.matcher(text);
        List<String> groupBy = by.find() ? tags(by.group(1)) : List.of();
        Matcher metric = METRIC.matcher(by.replaceAll(""));
        if (!metric.find()) {
            return Optional.empty();
        }
        List<String> filter = tags(metric.group(3)).stream().filter(t -> !t.equals("*")).toList();
        return Optional.of(new MetricQuery(text, metric.group(1), metric.group(2), filter, groupBy));
    }

    /** Whether the query is grouped into several series. */
    boolean grouped() {
        return !groupBy.isEmpty();
    }

    /**
     * The query of one group: {@code by {...}} removed and the group's tags added to every scope, like the
     * {@code expression} Datadog answers for each series.
     */
    String expressionFor(List<String> groupTags) {
        if (groupTags.isEmpty()) {
            return text;
        }
        String ungrouped = GROUP_BY.matcher(text).replaceAll("");
        Matcher scope = Pattern.compile("\\{([^{}]*)\\}").matcher(ungrouped);
        StringBuilder out = new StringBuilder();
        while (scope.find()) {
            List<String> tags = new ArrayList<>(tags(scope.group(1)).stream().filter(t -> !t.equals("*")).toList());
            tags.addAll(groupTags);
            scope.appendReplacement(out, Matcher.quoteReplacement("{" + String.join(",", tags) + "}"));
        }
        scope.appendTail(out);
        return out.toString();
    }

    /** Splits {@code "avg:a{x,y},avg:b{*}"} at the commas outside braces, parentheses and brackets. */
    static List<String> splitTopLevel(String query) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                addTrimmed(parts, query.substring(from, i));
                from = i + 1;
            }
        }
        addTrimmed(parts, query.substring(from));
        if (parts.isEmpty()) {
            parts.add(query.trim());
        }
        return List.copyOf(parts);
    }

    private static void addTrimmed(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part.trim());
        }
    }

    private static List<String> tags(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    private static boolean balanced(String text) {
        int braces = 0;
        int parentheses = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '{' -> braces++;
                case '}' -> braces--;
                case '(' -> parentheses++;
                case ')' -> parentheses--;
                default -> { }
            }
            if (braces < 0 || parentheses < 0) {
                return false;
            }
        }
        return braces == 0 && parentheses == 0;
    }
}
