package io.jenkins.plugins.datadogsnapshot;

import io.github.datadogsnapshot.charts.ChartRenderer;
import io.github.datadogsnapshot.charts.XChartRenderer;

/**
 * The one chart renderer of the plugin: pictures drawn here from a graph's numbers ({@code renderer: 'local'} or
 * {@code 'auto'}) and the job page's trends. Created on first use, so that a controller that never draws loads
 * neither XChart nor AWT. XChart is bundled in the plugin (no library plugin provides it).
 */
final class LocalCharts {

    private LocalCharts() {}

    static ChartRenderer renderer() {
        return Holder.RENDERER;
    }

    private static final class Holder {
        static final ChartRenderer RENDERER = new XChartRenderer();
    }
}
