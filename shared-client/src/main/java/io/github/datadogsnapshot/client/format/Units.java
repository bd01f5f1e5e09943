package io.github.datadogsnapshot.client.format;

import java.util.Locale;
import java.util.Set;

/**
 * A unit as it reads after a number: Datadog names units in the singular ({@code error}, {@code request},
 * {@code byte}), so {@code 31 error} becomes {@code 31 errors}; {@code 1 error} stays. Symbols and abbreviations
 * ({@code ms}, {@code %}, {@code KiB}, {@code req/s}) never change; in {@code request per second} only the first
 * word does.
 */
public final class Units {

    /** Abbreviations that are words of letters but take no plural. */
    private static final Set<String> UNCHANGED = Set.of("ms", "us", "ns", "s", "min", "hr", "h", "b", "kb", "mb", "gb",
            "tb", "kib", "mib", "gib", "tib", "bit", "hz", "khz", "mhz", "ghz", "rpm", "percent", "celsius",
            "fahrenheit");

    private Units() {
    }

    /**
     * {@code unit} as it reads after {@code value}: plural unless the value is exactly 1 or -1.
     *
     * @return {@code unit} itself when it is null, blank, a symbol or an abbreviation
     */
    public static String of(double value, String unit) {
        if (unit == null || unit.isBlank() || Math.abs(value) == 1) {
            return unit;
        }
        int space = unit.indexOf(' ');
        String first = space < 0 ? unit : unit.substring(0, space);
        String rest = space < 0 ? "" : unit.substring(space);
        return plural(first) + rest;
    }

    private static String plural(String word) {
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)
                || UNCHANGED.contains(word.toLowerCase(Locale.ROOT)) || !word.equals(word.toLowerCase(Locale.ROOT))) {
            return word;
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word.endsWith("ss") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")
                    ? word + "es" : word;
        }
        if (word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
