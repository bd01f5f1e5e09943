package io.jenkins.plugins.datadogsnapshot;

/** String helpers for form values, which arrive as blank strings where the user gave nothing. */
final class Text {

    private Text() {}

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * {@code text} cut after each {@code , { } ( ) : .}: {@code avg:a.b{env:x}} gives {@code avg:}, {@code a.},
     * {@code b{}, {@code env:}, {@code x}}; the parts joined are the text again.
     */
    static java.util.List<String> breakableParts(String text) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (",{}():.".indexOf(text.charAt(i)) >= 0) {
                parts.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            parts.add(text.substring(from));
        }
        return parts;
    }

    /** The first of the values that is not blank, or null. */
    static String firstGiven(String preferred, String fallback) {
        String p = trimToNull(preferred);
        return p != null ? p : trimToNull(fallback);
    }
}
