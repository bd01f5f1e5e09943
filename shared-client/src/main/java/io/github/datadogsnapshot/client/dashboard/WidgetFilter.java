package io.github.datadogsnapshot.client.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which widgets of a dashboard to capture: a comma-separated list of title globs ({@code *} any text, {@code ?} one
 * character, case ignored) and widget ids; a widget is chosen if any of them matches. Empty means every widget.
 */
public final class WidgetFilter {

    private static final WidgetFilter ALL = new WidgetFilter(List.of());

    private final List<String> patterns;

    private WidgetFilter(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** Every widget. */
    public static WidgetFilter all() {
        return ALL;
    }

    /** The filter written as {@code "Latency*, 4711, p?9 *"}; blank means every widget. */
    public static WidgetFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        List<String> patterns = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                patterns.add(part.trim());
            }
        }
        return new WidgetFilter(patterns);
    }

    /** The patterns, as given. */
    public List<String> patterns() {
        return patterns;
    }

    /** Whether this filter chooses every widget. */
    public boolean isAll() {
        return patterns.isEmpty();
    }

    /** Whether {@code widget} is chosen. */
    public boolean matches(Widget widget) {
        return isAll() || patterns.stream().anyMatch(p -> matches(p, widget));
    }

    /** Whether one pattern, a widget id or a title glob, matches {@code widget}. */
    static boolean matches(String pattern, Widget widget) {
        if (widget.id() != null && pattern.equals(String.valueOf(widget.id()))) {
            return true;
        }
        return widget.title() != null && glob(pattern).matcher(widget.title()).matches();
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String literal : pattern.split("(?=[*?])|(?<=[*?])")) {
            if (literal.equals("*")) {
                regex.append(".*");
            } else if (literal.equals("?")) {
                regex.append('.');
            } else if (!literal.isEmpty()) {
                regex.append(Pattern.quote(literal));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return isAll() ? "all widgets" : String.join(", ", patterns);
    }
}
