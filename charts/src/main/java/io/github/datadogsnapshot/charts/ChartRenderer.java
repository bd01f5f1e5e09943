package io.github.datadogsnapshot.charts;

/**
 * Draws a {@link LineChart} as a PNG image. Implementations are thread-safe and deterministic: the same chart
 * gives the same bytes.
 */
public interface ChartRenderer {

    /**
     * The PNG bytes of the chart, exactly {@link LineChart#width()} by {@link LineChart#height()} pixels.
     *
     * @throws java.io.UncheckedIOException when the image cannot be encoded
     */
    byte[] render(LineChart chart);
}
