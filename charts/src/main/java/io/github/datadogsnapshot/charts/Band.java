package io.github.datadogsnapshot.charts;

/**
 * A stretch of time marked over the whole height of the plot, the way Datadog overlays events on a graph.
 * An event at one instant has {@code startMillis == endMillis}; renderers then draw a narrow band centred on it,
 * wide enough to be seen.
 *
 * @param startMillis where the band begins, epoch milliseconds
 * @param endMillis where it ends, epoch milliseconds, not before {@code startMillis}
 * @param label what happened (an event's title), or {@code null}; the PNG does not print it (Datadog's snapshots
 *     do not either), pages may use it to describe the chart in words
 */
public record Band(long startMillis, long endMillis, String label) {

    /** Checks that the band does not end before it begins. */
    public Band {
        if (endMillis < startMillis) {
            throw new IllegalArgumentException(
                    "band: endMillis (" + endMillis + ") must not be before startMillis (" + startMillis + ")");
        }
    }

    /** An event at one instant. */
    public static Band at(long epochMillis, String label) {
        return new Band(epochMillis, epochMillis, label);
    }
}
