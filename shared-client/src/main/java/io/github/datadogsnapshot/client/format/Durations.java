package io.github.datadogsnapshot.client.format;

import java.time.Duration;

/**
 * Durations as people read them, as every message and log line of this project writes them: {@code 850 ms},
 * {@code 3.2 s}, {@code 4 min 5 s}, {@code 2 h 0 min}.
 */
public final class Durations {

    private Durations() {
    }

    public static String format(Duration d) {
        if (d.getSeconds() >= 3600) {
            long s = d.getSeconds();
            return (s / 3600) + " h " + (s % 3600 / 60) + " min";
        }
        long ms = Math.max(0, d.toMillis());
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = d.getSeconds();
        return (s / 60) + " min " + (s % 60) + " s";
    }
}
