package io.github.datadogsnapshot.client.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading metric and event query text without understanding it: list elements, template variables. */
public final class QueryText {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\$[A-Za-z_][\\w.-]*");

    private QueryText() {
    }

    /**
     * The elements of a comma-separated list of queries, split at the commas outside braces, parentheses,
     * brackets and quotes: {@code "avg:a{x,y} by {h},top(avg:b{*}, 5, 'mean', 'desc')"} has two.
     */
    public static List<String> splitTopLevel(String queries) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int from = 0;
        for (int i = 0; i < queries.length(); i++) {
            char c = queries.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                addTrimmed(parts, queries.substring(from, i));
                from = i + 1;
            }
        }
        addTrimmed(parts, queries.substring(from));
        return List.copyOf(parts);
    }

    /** The first dashboard template variable ({@code $env}) outside quotes, or {@code null}. */
    public static String templateVariable(String query) {
        String unquoted = query.replaceAll("'[^']*'|\"[^\"]*\"", "''");
        Matcher matcher = TEMPLATE_VARIABLE.matcher(unquoted);
        return matcher.find() ? matcher.group() : null;
    }

    private static void addTrimmed(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part.trim());
        }
    }
}
