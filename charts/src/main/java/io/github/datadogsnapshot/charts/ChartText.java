package io.github.datadogsnapshot.charts;

import java.util.Locale;

/** Text on a chart: compact axis numbers and shortened labels. */
final class ChartText {

    private ChartText() {
    }

    /** {@code 1500} as {@code 1.5k}, {@code 2000000} as {@code 2M}; at most two decimals, no trailing zeros. */
    static String compactNumber(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            return trim(value / 1e9) + "G";
        }
        if (abs >= 1e6) {
            return trim(value / 1e6) + "M";
        }
        if (abs >= 1e3) {
            return trim(value / 1e3) + "k";
        }
        return trim(value);
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "");
        text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return text.equals("-0") ? "0" : text;
    }

    /** The text on one line, cut to {@code max} characters with an ellipsis. */
    static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, Math.max(0, max - 1)) + "\u2026";
    }

    /**
     * The legend labels of several lines with what they all share left out, so that the part telling them apart
     * shows: {@code p95:latency{service:shop,host:a}} and {@code ...host:b}} become {@code host:a} and
     * {@code host:b}. Labels are cut only at the boundaries of a query's parts ({@code { } ,}); a label that would
     * be left empty, or a single line, keeps its whole label.
     */
    static java.util.List<String> distinctive(java.util.List<String> labels) {
        if (labels.size() < 2) {
            return labels;
        }
        java.util.List<java.util.List<String>> parts = labels.stream().map(ChartText::parts).toList();
        int shortest = parts.stream().mapToInt(java.util.List::size).min().orElse(0);
        int head = 0;
        while (head < shortest && allEqualAt(parts, head, false)) {
            head++;
        }
        int tail = 0;
        while (tail < shortest - head && allEqualAt(parts, tail, true)) {
            tail++;
        }
        java.util.List<String> result = new java.util.ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            java.util.List<String> own = parts.get(i).subList(head, parts.get(i).size() - tail);
            String text = String.join("", own).replaceAll("^[,{}]+|[,{}]+$", "");
            result.add(text.isBlank() ? labels.get(i) : text);
        }
        return result;
    }

    private static java.util.List<String> parts(String label) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (char c : label.toCharArray()) {
            if (c == '{' || c == '}' || c == ',') {
                if (current.length() > 0) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                parts.add(String.valueOf(c));
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static boolean allEqualAt(java.util.List<java.util.List<String>> parts, int index, boolean fromEnd) {
        String first = null;
        for (java.util.List<String> p : parts) {
            String part = fromEnd ? p.get(p.size() - 1 - index) : p.get(index);
            if (first == null) {
                first = part;
            } else if (!first.equals(part)) {
                return false;
            }
        }
        return true;
    }
}
