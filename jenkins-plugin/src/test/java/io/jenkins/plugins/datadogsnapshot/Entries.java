package io.jenkins.plugins.datadogsnapshot;

import io.github.datadogsnapshot.client.ManifestEntry;
import io.github.datadogsnapshot.client.TimeWindow;
import java.time.Instant;

/** Manifest entries as a capture writes them, for the tests of the views and outcomes. */
final class Entries {

    static final TimeWindow WINDOW = new TimeWindow(Instant.parse("2026-11-28T10:00:00Z"), Instant.parse("2026-11-28T10:15:30Z"));

    private Entries() {
    }

    static ManifestEntry captured(String name, String title) {
        return new ManifestEntry(name, title, ManifestEntry.Status.CAPTURED, null, "avg:" + name + "{*}", null, null,
                ManifestEntry.Window.of(WINDOW), new ManifestEntry.Image(name + ".png", 2048, 600, 300),
                "https://p.datadoghq.com/snapshot/view/x/" + name + ".png",
                new ManifestEntry.Timings(WINDOW.end(), 300L, 3900L, 4200, 1, 3));
    }

    static ManifestEntry failed(String name, String error) {
        return new ManifestEntry(name, null, ManifestEntry.Status.FAILED, error, "avg:" + name + "{*}", null, null,
                ManifestEntry.Window.of(WINDOW), null, null, new ManifestEntry.Timings(WINDOW.end(), null, null, 180_000, 3, null));
    }
}
