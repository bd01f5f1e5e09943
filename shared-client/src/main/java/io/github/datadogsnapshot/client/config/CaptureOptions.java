package io.github.datadogsnapshot.client.config;

import io.github.datadogsnapshot.charts.ChartRenderer;
import io.github.datadogsnapshot.client.manifest.Manifest;
import java.util.Locale;

/**
 * How a capture gets its pictures and whether it fetches the graphs' numbers.
 *
 * @param renderer      who draws the pictures
 * @param numbers       whether each graph's series are fetched through Datadog's metrics query API (per series:
 *                      points, min, avg, p50, p95, max, last, recorded in the manifest); needed by
 *                      {@link Renderer#LOCAL} and {@link Renderer#AUTO}
 * @param chartRenderer draws the local pictures (e.g. {@code new XChartRenderer()}); needed by
 *                      {@link Renderer#LOCAL} and {@link Renderer#AUTO}
 * @param baseline      an earlier capture to compare the numbers with (graphs by name, series by query and
 *                      scope), or null for none: thresholds that are bounds are still checked
 * @param baselineLabel what the baseline is, for people: {@code build #41}, a folder; without a baseline, why there
 *                      is none ({@link #withoutBaseline}), or null
 */
public record CaptureOptions(Renderer renderer, boolean numbers, ChartRenderer chartRenderer, Manifest baseline,
                             String baselineLabel) {

    /** Datadog's pictures and the numbers, no baseline. */
    public static final CaptureOptions DEFAULT = new CaptureOptions(Renderer.DATADOG, true, null, null, null);

    /** Options without a baseline. */
    public CaptureOptions(Renderer renderer, boolean numbers, ChartRenderer chartRenderer) {
        this(renderer, numbers, chartRenderer, null, null);
    }

    /** Who draws a graph's picture. */
    public enum Renderer {
        /** Datadog's snapshot, always. */
        DATADOG,
        /** Drawn here from the graph's numbers, never asking Datadog for a snapshot (spares the snapshot budget). */
        LOCAL,
        /** Datadog's snapshot; drawn here when the organization's snapshot budget refuses it past the timeout. */
        AUTO;

        /**
         * Reads {@code datadog}, {@code local} or {@code auto} (any case); null or blank is {@link #DATADOG}.
         *
         * @throws IllegalArgumentException naming the field and the valid values
         */
        public static Renderer parse(String text, String field) {
            if (text == null || text.isBlank()) {
                return DATADOG;
            }
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + ": '" + text.trim() + "' is not a renderer; use datadog,"
                        + " local or auto");
            }
        }

        /** The name as users write it: {@code datadog}, {@code local}, {@code auto}. */
        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Options as given; whether they make sense for a capture (a local renderer needs the numbers) is decided by
     * {@code plan.PlanCheck} before, and the chart renderer is needed only once a capture starts
     * ({@link io.github.datadogsnapshot.client.SnapshotCapture}), so options can be checked without one.
     */
    public CaptureOptions {
        if (renderer == null) {
            renderer = Renderer.DATADOG;
        }
    }

    /**
     * @throws IllegalStateException when local pictures are wanted without the numbers or without a chart renderer:
     *                               a plugin's mistake, since its plan check refuses the first
     */
    public void requireDrawable() {
        if (renderer != Renderer.DATADOG && (!numbers || chartRenderer == null)) {
            throw new IllegalStateException("renderer " + renderer.text() + " needs the numbers and a chart renderer");
        }
    }

    /** Options with the numbers and {@code renderer}, drawing local pictures with {@code chartRenderer}. */
    public static CaptureOptions of(Renderer renderer, ChartRenderer chartRenderer) {
        return new CaptureOptions(renderer, true, chartRenderer);
    }

    /**
     * These options without a baseline, saying why there is none (e.g. {@code no baseline: there is no earlier
     * successful build}): the comparison of each graph gives that reason instead of a generic one.
     */
    public CaptureOptions withoutBaseline(String why) {
        return new CaptureOptions(renderer, numbers, chartRenderer, null, why);
    }

    /** These options comparing the numbers with {@code manifest}, described as {@code label}; null for none. */
    public CaptureOptions withBaseline(Manifest manifest, String label) {
        return new CaptureOptions(renderer, numbers, chartRenderer, manifest, manifest == null ? null : label);
    }
}
