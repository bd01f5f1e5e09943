package io.jenkins.plugins.datadogsnapshot;

/** String helpers for form values, which arrive as blank strings where the user gave nothing. */
final class Text {

    private Text() {
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The first of the values that is not blank, or null. */
    static String firstGiven(String preferred, String fallback) {
        String p = trimToNull(preferred);
        return p != null ? p : trimToNull(fallback);
    }
}
