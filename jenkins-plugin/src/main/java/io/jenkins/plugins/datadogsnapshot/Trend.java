package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.charts.Line;
import io.github.datadogsnapshot.charts.LineChart;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Statistic;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One graph's watched statistic over the job's recent builds, for the job page (like performance-plugin's trend
 * charts, and the JUnit trend). The x axis is the build number, as people read CI trends, and spans exactly the
 * builds shown, so the lines fill the picture; the chart's mark names them ({@code builds #3 – #22}). There is one line per series, matched across builds by query and scope as the
 * comparison matches them, so a regression of one host is not hidden by the others; at most {@value #MAX_LINES}
 * lines (the newest build's series first, then those in most builds), the rest counted in
 * {@link #getSeriesLeftOut()}. Builds whose numbers crossed the graph's thresholds are marked with a band.
 *
 * <p>The statistic is the one the newest build watched (its first threshold's, else p95); the earlier builds' value
 * of that statistic is read from their stored statistics, all of which every capture records. Only builds whose
 * numbers for the graph were fetched count, at most {@value #MAX_BUILDS} of them; a graph needs two such builds for
 * a trend.
 */
final class Trend {

    /** Builds with numbers a trend shows at most. */
    static final int MAX_BUILDS = 20;
    /** Lines a trend draws at most (the chart palette has eight colours). */
    static final int MAX_LINES = 8;

    static final int WIDTH = 600;
    static final int HEIGHT = 300;

    /**
     * One completed build's stored snapshots.
     *
     * @param number      the build number
     * @param startMillis when it started
     * @param manifest    its manifest
     */
    record BuildNumbers(int number, long startMillis, Manifest manifest) {
        BuildNumbers {
            Objects.requireNonNull(manifest, "manifest");
        }

        boolean hasNumbers() {
            return manifest.graphs().stream().anyMatch(e -> e.series() != null);
        }

        @CheckForNull
        ManifestEntry numbersOf(String graph) {
            return manifest.entry(graph).filter(e -> e.series() != null).orElse(null);
        }
    }

    private final String name;
    private final String title;
    private final Statistic statistic;
    private final String unit;
    private final List<BuildNumbers> builds;
    private final List<Line> lines;
    private final int seriesLeftOut;
    private final List<Integer> regressed;

    private Trend(ManifestEntry newest, List<BuildNumbers> newestFirst) {
        this.name = newest.name();
        this.title = newest.displayTitle();
        this.statistic = watched(newest);
        this.unit = newest.series().stream()
                .map(SeriesStats::unit)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        List<BuildNumbers> chronological = new ArrayList<>(newestFirst);
        chronological.sort(Comparator.comparingInt(BuildNumbers::number));
        this.builds = List.copyOf(chronological);
        Map<String, SeriesStats> keys = seriesKeys(newest, newestFirst);
        this.seriesLeftOut = Math.max(0, keys.size() - MAX_LINES);
        boolean severalQueries =
                keys.values().stream().map(SeriesStats::query).distinct().count() > 1;
        List<Line> drawn = new ArrayList<>();
        keys.entrySet().stream()
                .limit(MAX_LINES)
                .forEach(key -> drawn.add(line(key.getKey(), key.getValue(), severalQueries)));
        this.lines = List.copyOf(drawn);
        this.regressed = builds.stream()
                .filter(b -> {
                    ManifestEntry e = b.numbersOf(name);
                    return e != null && e.comparison() != null && e.comparison().isRegression();
                })
                .map(BuildNumbers::number)
                .toList();
    }

    /**
     * The trends of the graphs of the newest build with numbers, in its order: each graph whose numbers were
     * fetched in at least two of the newest {@value #MAX_BUILDS} builds with numbers.
     *
     * @param newestFirst completed builds with stored snapshots, newest first
     */
    static List<Trend> of(List<BuildNumbers> newestFirst) {
        List<BuildNumbers> withNumbers = newestFirst.stream()
                .filter(BuildNumbers::hasNumbers)
                .limit(MAX_BUILDS)
                .toList();
        if (withNumbers.isEmpty()) {
            return List.of();
        }
        List<Trend> trends = new ArrayList<>();
        for (ManifestEntry graph : withNumbers.get(0).manifest().graphs()) {
            if (graph.series() == null) {
                continue;
            }
            List<BuildNumbers> builds = withNumbers.stream()
                    .filter(b -> b.numbersOf(graph.name()) != null)
                    .toList();
            if (builds.size() >= 2) {
                trends.add(new Trend(graph, builds));
            }
        }
        return trends;
    }

    private static Statistic watched(ManifestEntry entry) {
        if (entry.comparison() != null) {
            return entry.comparison().watched();
        }
        List<Threshold> thresholds = entry.thresholdList();
        return thresholds.isEmpty() ? Statistic.P95 : thresholds.get(0).statistic();
    }

    /** Every series of the graph in the builds, by key: the newest build's in its order, then by how many builds have it. */
    private Map<String, SeriesStats> seriesKeys(ManifestEntry newest, List<BuildNumbers> newestFirst) {
        Map<String, SeriesStats> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        newest.series().forEach(s -> first.putIfAbsent(s.key(), s));
        for (BuildNumbers build : newestFirst) {
            for (SeriesStats s : seriesIn(build)) {
                counts.merge(s.key(), 1, Integer::sum);
                first.putIfAbsent(s.key(), s);
            }
        }
        Map<String, SeriesStats> ordered = new LinkedHashMap<>();
        newest.series().forEach(s -> ordered.putIfAbsent(s.key(), s));
        first.keySet().stream()
                .filter(k -> !ordered.containsKey(k))
                .sorted(Comparator.comparingInt((String k) -> counts.getOrDefault(k, 0))
                        .reversed())
                .forEach(k -> ordered.put(k, first.get(k)));
        return ordered;
    }

    /**
     * The series of this trend's graph in {@code build}; every build of a trend has them ({@link #of} keeps only
     * those), but {@link BuildNumbers#numbersOf} says null is possible, and SpotBugs holds the caller to it.
     */
    private List<SeriesStats> seriesIn(BuildNumbers build) {
        ManifestEntry entry = build.numbersOf(name);
        return entry == null ? List.of() : entry.series();
    }

    private Line line(String key, SeriesStats example, boolean severalQueries) {
        long[] times = new long[builds.size()];
        double[] values = new double[builds.size()];
        for (int i = 0; i < builds.size(); i++) {
            BuildNumbers build = builds.get(i);
            times[i] = build.number();
            values[i] = seriesIn(build).stream()
                    .filter(s -> s.key().equals(key))
                    .map(s -> s.get(statistic))
                    .filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble)
                    .findFirst()
                    .orElse(Double.NaN);
        }
        String scope = "*".equals(example.scope()) ? null : example.scope();
        String label = scope == null ? example.query() : severalQueries ? example.query() + " " + scope : scope;
        return new Line(label, times, values);
    }

    /**
     * The chart: build numbers from the first build shown to the last (a trend has two at least), one line per
     * series, regressions as bands.
     */
    LineChart chart(int width, int height) {
        long first = builds.get(0).number();
        long last = builds.get(builds.size() - 1).number();
        List<Band> bands = new ArrayList<>();
        for (BuildNumbers build : builds) {
            if (regressed.contains(build.number())) {
                bands.add(Band.at(build.number(), "#" + build.number() + " crossed its thresholds"));
            }
        }
        String chartTitle = title + ": " + statistic.label() + " per build" + (unit == null ? "" : " (" + unit + ")");
        return new LineChart(
                chartTitle, width, height, first, last, lines, bands, getBuildRange(), LineChart.XAxis.BUILD_NUMBER);
    }

    /**
     * What identifies the picture: the graph, the statistic and every build with the time its manifest was written,
     * so a trend is drawn again only when a build was added, removed or captured again.
     */
    String signature() {
        StringBuilder s = new StringBuilder(name).append('|').append(statistic.label());
        for (BuildNumbers build : builds) {
            s.append('|')
                    .append(build.number())
                    .append('@')
                    .append(build.manifest().updatedAt());
        }
        return s.toString();
    }

    /** When the newest of its manifests was written, epoch milliseconds (0 when unknown). */
    long lastModified() {
        return builds.stream()
                .map(b -> b.manifest().updatedAt())
                .filter(Objects::nonNull)
                .mapToLong(java.time.Instant::toEpochMilli)
                .max()
                .orElse(0);
    }

    String getName() {
        return name;
    }

    String getTitle() {
        return title;
    }

    Statistic getStatistic() {
        return statistic;
    }

    /** The builds shown, oldest first. */
    List<BuildNumbers> getBuilds() {
        return builds;
    }

    List<Line> getLines() {
        return lines;
    }

    /** How many series have no line (more than {@value #MAX_LINES}). */
    int getSeriesLeftOut() {
        return seriesLeftOut;
    }

    /** The builds whose numbers crossed the graph's thresholds, oldest first. */
    List<Integer> getRegressed() {
        return regressed;
    }

    /** E.g. {@code builds #3 – #22}. */
    String getBuildRange() {
        return "builds #" + builds.get(0).number() + " – #"
                + builds.get(builds.size() - 1).number();
    }
}
