package io.github.datadogsnapshot.client.wire;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** File name stems that are safe on every operating system and inside any URL path. */
public final class FileNames {

    /** Longest stem, leaving room for {@code .png} and suffixes. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    /** Whether {@code stem} is a safe file name stem. */
    public static boolean isSafe(String stem) {
        return stem != null && stem.length() <= MAX_LENGTH && SAFE.matcher(stem).matches() && !stem.contains("..")
                && !stem.endsWith(".") && !WINDOWS_RESERVED.contains(stem.toLowerCase(Locale.ROOT).replaceFirst("\\..*", ""));
    }

    /**
     * Returns {@code stem} if safe.
     *
     * @throws IllegalArgumentException naming {@code field} and the rule broken
     */
    public static String checkStem(String stem, String field) {
        if (!isSafe(stem)) {
            throw new IllegalArgumentException(field + ": '" + stem + "' is not a safe file name; use 1 to " + MAX_LENGTH
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit, without '..'"
                    + " and not a reserved device name");
        }
        return stem;
    }

    /**
     * {@code stem}, or {@code stem-2}, {@code stem-3}, ... if that is already in {@code taken} (compared without
     * case, as case-insensitive file systems do); the result is added to {@code taken} in lower case.
     */
    public static String uniqueStem(String stem, Set<String> taken) {
        String name = stem;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** A safe stem made from free text, e.g. a title: lower case, dashes between words. */
    public static String stemFrom(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text.replace("ß", "ss"), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return "graph";
        }
        return isSafe(slug) ? slug : "graph-" + slug;
    }
}
