package io.github.datadogsnapshot.client.plan;

import io.github.datadogsnapshot.client.graph.GraphSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one table of bad (and a few good) configurations that the client's plan check, the Maven goal's mapping and
 * the Jenkins steps' mapping are all run through (shared with the plugins' tests through the client's test-jar).
 * Each plugin's test turns a row's {@link Config} into its own configuration, runs its mapping and compares its
 * decision and message with {@link #expected}: the client's message with that plugin's labels.
 */
public final class PlanCases {

    /** The clock of every row. */
    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    /** Where the window starts when a row gives no start: 30 minutes before {@link #NOW}. */
    public static final Instant BUILD_START = NOW.minus(Duration.ofMinutes(30));

    /** What a plugin must do with a row. */
    public enum Decision { REFUSED, WARNED, ACCEPTED }

    /**
     * One row.
     *
     * @param name     what is wrong, for the test's name
     * @param config   the configuration
     * @param decision refused (an error), warned (no error, a warning) or accepted (neither)
     * @param field    the field of the error or warning; null when accepted
     * @param fragment a part of the client's message (labels as {@link Labels#keys()}), pinning its wording
     */
    public record Case(String name, Config config, Decision decision, Field field, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A configuration as a user gives it, in neither plugin's terms; starts valid (one graph, numbers on). */
    public static final class Config {
        public List<GraphInput> graphs = new ArrayList<>(List.of(graph("avg:system.load.1{*}")));
        public Integer defaultWidth;
        public Instant start;
        public Instant end;
        public Duration padding;
        public String renderer;
        public boolean numbers = true;
        public boolean failOnRegression;

        /** The client's input for this configuration, with the window's defaults of every row. */
        public PlanInput input() {
            return new PlanInput().graphs(graphs).graphDefaults(defaultWidth, null, null)
                    .window(start, end, BUILD_START, NOW).padding(padding, null)
                    .options(renderer, numbers, failOnRegression);
        }
    }

    private PlanCases() {
    }

    public static GraphInput graph(String metricQuery) {
        return new GraphInput(null, null, metricQuery, null, null, null, null, null);
    }

    private static GraphInput named(String name) {
        return new GraphInput(name, null, "avg:system.load.1{*}", null, null, null, null, null);
    }

    private static Case row(String name, UnaryOperator<Config> change, Decision decision, Field field,
                            String fragment) {
        return new Case(name, change.apply(new Config()), decision, field, fragment);
    }

    private static Config with(Config c, GraphInput... graphs) {
        c.graphs = new ArrayList<>(List.of(graphs));
        return c;
    }

    private static GraphInput thresholds(String text) {
        return new GraphInput(null, null, "avg:system.load.1{*}", null, null, null, null, text);
    }

    /** Every row. */
    public static List<Case> all() {
        Decision no = Decision.REFUSED;
        List<Case> rows = new ArrayList<>();
        rows.add(row("thresholds with numbers off", c -> {
            c.numbers = false;
            return with(c, thresholds("p95 +10%"));
        }, no, Field.THRESHOLDS, "has thresholds, but numbers is false, so they cannot be checked"));
        rows.add(row("failOnRegression with numbers off", c -> {
            c.numbers = false;
            c.failOnRegression = true;
            return c;
        }, no, Field.FAIL_ON_REGRESSION, "but numbers is false, so no threshold can be checked"));
        rows.add(row("renderer local with numbers off", c -> {
            c.numbers = false;
            c.renderer = "local";
            return c;
        }, no, Field.RENDERER, "renderer: local draws the pictures from the graphs' numbers, but numbers is false"));
        rows.add(row("renderer auto with numbers off", c -> {
            c.numbers = false;
            c.renderer = "AUTO";
            return c;
        }, no, Field.RENDERER, "renderer: auto draws the pictures"));
        rows.add(row("unknown renderer", c -> {
            c.renderer = "svg";
            return c;
        }, no, Field.RENDERER, "renderer: 'svg' is not a renderer; use datadog, local or auto"));
        rows.add(row("end a day in the future", c -> {
            c.end = NOW.plus(Duration.ofDays(1));
            return c;
        }, no, Field.END, "end: 2026-11-29T10:00:00Z is 24 h 0 min after now"));
        rows.add(row("end in the year 9999", c -> {
            c.end = Instant.parse("9999-12-31T23:59:59Z");
            return c;
        }, no, Field.END, "a graph shows nothing after now"));
        rows.add(row("start past the 15-month retention", c -> {
            c.start = NOW.minus(Duration.ofDays(3652));
            return c;
        }, no, Field.START, "start: 2016-11-28T10:00:00Z is 3652 days before now; Datadog keeps metrics for 15"));
        rows.add(row("whole window in the future", c -> {
            c.start = NOW.plus(Duration.ofHours(1));
            c.end = NOW.plus(Duration.ofHours(2));
            return c;
        }, no, Field.START, "the whole window lies in the future"));
        rows.add(row("end before start", c -> {
            c.start = NOW.minus(Duration.ofMinutes(10));
            c.end = NOW.minus(Duration.ofMinutes(20));
            return c;
        }, no, Field.START, "start: the window's start 2026-11-28T09:50:00Z (start) is not before its end"));
        rows.add(row("end equal to start", c -> {
            c.start = NOW.minus(Duration.ofMinutes(10));
            c.end = c.start;
            return c;
        }, no, Field.START, "is not before its end 2026-11-28T09:50:00Z (end); check start and end"));
        rows.add(row("padding reaching past the retention", c -> {
            c.start = NOW.minus(Duration.ofDays(455));
            c.padding = Duration.ofDays(7);
            return c;
        }, no, Field.START, "start and padding: 2025-08-23T10:00:00Z is 462 days before now"));
        rows.add(row("32-day window", c -> {
            c.start = NOW.minus(Duration.ofDays(32));
            return c;
        }, Decision.WARNED, Field.WINDOW, "is 32 days long; at that length each point Datadog draws covers hours"));
        rows.add(row("30-second window", c -> {
            c.start = NOW.minus(Duration.ofSeconds(30));
            return c;
        }, Decision.WARNED, Field.WINDOW, "is only 30.0 s long; graphs of less than a minute show few or no points"));
        rows.add(row("two graphs named alike", c -> with(c, named("cpu"), named("cpu")), no, Field.NAME,
                "graphs[1].name: 'cpu' is also the name of graphs[0].name; names must be unique"));
        rows.add(row("names differing in case only", c -> with(c, named("CPU"), named("cpu")), no, Field.NAME,
                "names must be unique (they become file names)"));
        rows.add(row("name with bad characters", c -> with(c, named("../etc/passwd")), no, Field.NAME,
                "graphs[0].name: '../etc/passwd' is not a safe file name"));
        rows.add(row("width 0", c -> with(c, new GraphInput(null, null, "avg:a{*}", null, null, 0, null, null)), no,
                Field.WIDTH, "graphs[0].width: 0 pixels is out of range; use 1 to " + GraphSpec.MAX_SIZE));
        rows.add(row("height too large", c -> with(c, new GraphInput(null, null, "avg:a{*}", null, null, null,
                GraphSpec.MAX_SIZE + 1, null)), no, Field.HEIGHT, "4001 pixels is out of range"));
        rows.add(row("default width too large", c -> {
            c.defaultWidth = 5000;
            return c;
        }, no, Field.DEFAULT_WIDTH, "width: 5000 pixels is out of range"));
        rows.add(row("threshold of an unknown statistic", c -> with(c, thresholds("p99 +10%")), no,
                Field.THRESHOLDS, "graphs[0].thresholds: "));
        rows.add(row("threshold without a limit", c -> with(c, thresholds("p95 +10%; max <")), no,
                Field.THRESHOLDS, "graphs[0].thresholds[1]: "));
        rows.add(row("no graph at all", c -> with(c), no, Field.GRAPHS,
                "graphs: no graph to capture; give at least one graph with a metric query or a graph definition"));
        rows.add(row("a graph with a title only", c -> with(c, new GraphInput(null, "CPU", null, null, null, null,
                null, null)), no, Field.GRAPHS, "graphs: no graph to capture"));
        rows.add(row("second graph without a query", c -> with(c, named("cpu"), new GraphInput(null, "CPU", null,
                null, null, null, null, null)), no, Field.METRIC_QUERY,
                "graphs[1].metricQuery: give a metric query (or a graphDef)"));
        rows.add(row("metricQuery and graphDef both given", c -> with(c, new GraphInput(null, null, "avg:a{*}",
                "{\"viz\":\"timeseries\"}", null, null, null, null)), no, Field.METRIC_QUERY,
                "graphs[0].metricQuery and graphs[0].graphDef are both given; give one of them"));
        rows.add(row("graphDef that is not JSON", c -> with(c, new GraphInput(null, null, null, "{\"viz\": ", null,
                null, null, null)), no, Field.GRAPH_DEF, "graphs[0].graphDef: "));
        rows.add(row("graphDef too long for the request", c -> with(c, new GraphInput(null, null, null,
                "{\"q\":\"" + "x".repeat(GraphSpec.MAX_ENCODED_FIELDS) + "\"}", null, null, null, null)), no,
                Field.GRAPH_DEF, "graphs[0].graphDef: too long for the snapshot request"));
        rows.add(row("failOnRegression without thresholds", c -> {
            c.failOnRegression = true;
            return c;
        }, Decision.WARNED, Field.FAIL_ON_REGRESSION, "but no graph has thresholds, so nothing can"));
        rows.add(row("thresholds with numbers on", c -> with(c, thresholds("p95 +10% and +2ms; max < 800")),
                Decision.ACCEPTED, null, null));
        rows.add(row("renderer local with numbers on", c -> {
            c.renderer = "local";
            return c;
        }, Decision.ACCEPTED, null, null));
        rows.add(row("end 4 minutes ahead (clock difference)", c -> {
            c.end = NOW.plus(Duration.ofMinutes(4));
            return c;
        }, Decision.ACCEPTED, null, null));
        return rows;
    }

    /** Labels that are tokens, so that a message can be given any plugin's labels afterwards ({@link #expected}). */
    public static Labels tokens() {
        Map<Field, String> labels = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            labels.put(f, "<<" + f.name() + ">>");
        }
        return new Labels(labels, i -> "<<graph" + i + ">>.");
    }

    /**
     * The decision's message in the client's words with the tokens of {@link #tokens()}: the first error's when
     * refused, else the warnings' joined by a new line, else empty.
     */
    public static String tokenMessage(Case row) {
        return message(PlanCheck.check(row.config().input(), tokens(), NOW));
    }

    /** What a plugin with {@code labels} must say for {@code row}: the client's message with its labels. */
    public static String expected(Case row, Labels labels) {
        String text = tokenMessage(row);
        for (Field f : Field.values()) {
            text = text.replace("<<" + f.name() + ">>", labels.of(f));
            for (int i = 0; i < row.config().graphs.size(); i++) {
                if (f.group() == Field.Group.GRAPH) {
                    text = text.replace("<<graph" + i + ">>." + f.key(), labels.of(i, f));
                }
            }
        }
        return text;
    }

    /** The decision a result stands for. */
    public static Decision decision(PlanResult result) {
        return result.refused() ? Decision.REFUSED : result.warnings().isEmpty() ? Decision.ACCEPTED
                : Decision.WARNED;
    }

    /** The first error's message, else the warnings' joined by a new line, else empty. */
    public static String message(PlanResult result) {
        return result.firstError().map(Problem::message).orElseGet(() -> String.join("\n",
                result.warnings().stream().map(Problem::message).toList()));
    }
}
