package io.github.datadogsnapshot.client.format;

import java.util.Locale;

/** File sizes as every message and page of this project writes them: {@code 512 B}, {@code 20.1 KiB}. */
public final class Sizes {

    private Sizes() {
    }

    /** Bytes below 1 KiB as bytes, larger sizes in KiB with one decimal. */
    public static String format(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
