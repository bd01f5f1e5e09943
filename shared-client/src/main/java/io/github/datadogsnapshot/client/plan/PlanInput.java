package io.github.datadogsnapshot.client.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a plugin was configured with for one capture, as plain values and not yet checked; every value is
 * optional. {@link PlanCheck} decides what is wrong with it.
 */
public final class PlanInput {

    List<GraphInput> graphs = new ArrayList<>();
    Integer defaultWidth;
    Integer defaultHeight;
    String defaultThresholds;
    Instant start;
    Instant end;
    Instant defaultStart;
    Instant defaultEnd;
    Duration padding;
    Duration maxPadding;
    String renderer;
    boolean numbers = true;
    boolean failOnRegression;
    boolean endpoint;
    String site;
    String apiUrl;
    Map<String, String> environment = Map.of();

    /** The graphs, in order; a null entry is an empty one. */
    public PlanInput graphs(List<GraphInput> list) {
        list.forEach(g -> graphs.add(g == null ? GraphInput.EMPTY : g));
        return this;
    }

    /** The size and thresholds of graphs that give none of their own. */
    public PlanInput graphDefaults(Integer width, Integer height, String thresholds) {
        this.defaultWidth = width;
        this.defaultHeight = height;
        this.defaultThresholds = thresholds;
        return this;
    }

    /**
     * The window's bounds as the user gave them (null when not given) and where they fall otherwise (null while
     * that is not known yet, e.g. before a block's body ran: then only what is given is checked).
     */
    public PlanInput window(Instant start, Instant end, Instant defaultStart, Instant defaultEnd) {
        this.start = start;
        this.end = end;
        this.defaultStart = defaultStart;
        this.defaultEnd = defaultEnd;
        return this;
    }

    /** How much earlier than its start the window begins (null for none), and the most allowed (null: no limit). */
    public PlanInput padding(Duration padding, Duration maxPadding) {
        this.padding = padding;
        this.maxPadding = maxPadding;
        return this;
    }

    /**
     * @param renderer         {@code datadog}, {@code local} or {@code auto}, any case; blank for {@code datadog}
     * @param numbers          whether the graphs' numbers are fetched
     * @param failOnRegression whether the user asked a crossed threshold to mark the build
     */
    public PlanInput options(String renderer, boolean numbers, boolean failOnRegression) {
        this.renderer = renderer;
        this.numbers = numbers;
        this.failOnRegression = failOnRegression;
        return this;
    }

    /** Checks the endpoint too: a custom URL wins over a site, else {@code DD_SITE} in {@code environment}. */
    public PlanInput endpoint(String site, String apiUrl, Map<String, String> environment) {
        this.endpoint = true;
        this.site = site;
        this.apiUrl = apiUrl;
        this.environment = environment == null ? Map.of() : environment;
        return this;
    }
}
