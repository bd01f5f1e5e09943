/**
 * Time-series line charts as PNG images, described with JDK types only.
 *
 * <p>A {@link io.github.datadogsnapshot.charts.LineChart} says what to draw: title, size in pixels, the time range,
 * one {@link io.github.datadogsnapshot.charts.Line} per series, {@link io.github.datadogsnapshot.charts.Band}s for
 * events, and an optional visible mark. A {@link io.github.datadogsnapshot.charts.ChartRenderer} turns it into PNG
 * bytes; {@link io.github.datadogsnapshot.charts.XChartRenderer} is the implementation, drawn with XChart.
 *
 * <p>XChart is an optional dependency of this module: code that only describes charts needs nothing else, code
 * that instantiates {@code XChartRenderer} must have {@code org.knowm.xchart:xchart} on its class path.
 */
package io.github.datadogsnapshot.charts;
