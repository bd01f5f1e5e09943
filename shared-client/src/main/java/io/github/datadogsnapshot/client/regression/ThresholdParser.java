package io.github.datadogsnapshot.client.regression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the threshold grammar ({@code "p95 +10% and +2ms; max < 800"}) written once in the project's
 * docs/regressions.md#thresholds; every error names the field, the text and what is wrong.
 */
final class ThresholdParser {

    private static final String EXAMPLES = "write e.g. 'p95 +10%', 'avg +5% and +2ms', 'avg -10%' or 'max < 800'";
    private static final Pattern STATISTIC = Pattern.compile("\\s*([A-Za-z0-9]+)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern BOUND = Pattern.compile("(<=|>=|<|>)\\s*(-?)\\s*(\\d+(?:\\.\\d+)?)\\s*([^\\s\\d.]*)\\s*");
    private static final Pattern CHANGE = Pattern.compile("([+-])\\s*(\\d+(?:\\.\\d+)?)\\s*(%|[^\\s\\d.%]*)\\s*");

    private ThresholdParser() {
    }

    /** See {@link Threshold#parse}. */
    static Threshold parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": the threshold is empty; " + EXAMPLES);
        }
        Matcher head = STATISTIC.matcher(text);
        if (!head.matches()) {
            throw error(field, text, "it must start with a statistic (" + Statistic.labels() + ")");
        }
        Statistic statistic = Statistic.byLabel(head.group(1)).orElseThrow(() -> error(field, text,
                "unknown statistic '" + head.group(1) + "'; use one of " + Statistic.labels()));
        String rest = head.group(2).trim();
        if (rest.isEmpty()) {
            throw error(field, text, "a limit must follow the statistic");
        }
        Matcher bound = BOUND.matcher(rest);
        if (bound.matches()) {
            String unit = bound.group(4).equals("%") ? "%" : unit(field, text, bound.group(4));
            return new BoundThreshold(statistic, bound.group(1), new BigDecimal(bound.group(2) + bound.group(3)),
                    unit);
        }
        return change(statistic, rest, field, text);
    }

    private static ChangeThreshold change(Statistic statistic, String rest, String field, String text) {
        String[] parts = rest.split("(?i)\\s+and\\s+", -1);
        if (parts.length > 2) {
            throw error(field, text, "give at most two limits joined by 'and' (one in %, one absolute)");
        }
        String sign = null;
        List<ChangeThreshold.Limit> limits = new ArrayList<>();
        for (String part : parts) {
            Matcher change = CHANGE.matcher(part);
            if (!change.matches()) {
                throw error(field, text, "'" + part.trim() + "' is not a limit such as +10%, -5%, +2ms or < 800");
            }
            if (sign != null && !sign.equals(change.group(1))) {
                throw error(field, text, "both limits must watch the same way (both + or both -)");
            }
            sign = change.group(1);
            boolean percent = change.group(3).equals("%");
            if (!limits.isEmpty() && limits.get(0).isPercent() == percent) {
                throw error(field, text, percent ? "two limits in %; join a limit in % and an absolute one"
                        : "two absolute limits; join a limit in % and an absolute one");
            }
            limits.add(new ChangeThreshold.Limit(new BigDecimal(change.group(2)),
                    percent ? "%" : unit(field, text, change.group(3))));
        }
        return new ChangeThreshold(statistic, sign.equals("+"), limits);
    }

    /** See {@link Threshold#parseAll}. */
    static List<Threshold> parseAll(String text, String field) {
        List<Threshold> thresholds = new ArrayList<>();
        if (text == null) {
            return List.of();
        }
        String[] parts = text.split(";");
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                thresholds.add(parse(parts[i], parts.length == 1 ? field : field + "[" + i + "]"));
            }
        }
        if (thresholds.isEmpty() && !text.isBlank()) {
            // ";;" is a mistake (a list whose thresholds went missing), not a way to say "none": that is no text.
            throw new IllegalArgumentException(field + ": '" + text.strip() + "' holds no threshold, only ';'; "
                    + EXAMPLES + ", or leave it empty for none");
        }
        return List.copyOf(thresholds);
    }

    private static String unit(String field, String text, String unit) {
        if (unit == null || unit.isEmpty()) {
            return null;
        }
        String lower = unit.toLowerCase(Locale.ROOT).replace("μ", "µ");
        if (!LimitUnits.LIMIT_UNITS.contains(lower)) {
            throw error(field, text, "unknown unit '" + unit + "'; use a plain number (the series' unit) or one of "
                    + String.join(", ", LimitUnits.LIMIT_UNITS));
        }
        return lower.equals("µs") ? "us" : lower;
    }

    private static IllegalArgumentException error(String field, String text, String problem) {
        return new IllegalArgumentException(field + ": '" + text.strip() + "': " + problem + "; " + EXAMPLES);
    }
}
