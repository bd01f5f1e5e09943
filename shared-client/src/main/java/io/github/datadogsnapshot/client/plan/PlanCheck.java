package io.github.datadogsnapshot.client.plan;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.graph.GraphNames;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.InvalidGraphField;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides what is wrong with a capture's configuration, for both plugins and before any request:
 * the graphs (fields, sizes, names and their uniqueness, thresholds), the window ({@link WindowCheck}), the options
 * (the renderer, and what needs the numbers) and, when asked, the endpoint. Pure: it reads no clock (the caller
 * gives {@code now}), no file and no network. Every message names the field by the plugin's {@link Labels}.
 */
public final class PlanCheck {

    private final PlanInput in;
    private final Labels labels;
    private final List<Problem> problems = new ArrayList<>();

    private PlanCheck(PlanInput in, Labels labels) {
        this.in = in;
        this.labels = labels;
    }

    /** Checks {@code input} as of {@code now}; never throws for a wrong value, it reports it. */
    public static PlanResult check(PlanInput input, Labels labels, Instant now) {
        return new PlanCheck(input, labels).run(now);
    }

    /**
     * Only the options: the renderer and what needs the numbers, for a form that checks those fields on their own
     * (the graphs' thresholds are checked with the graphs).
     */
    public static List<Problem> checkOptions(String renderer, boolean numbers, boolean failOnRegression,
                                             Labels labels) {
        PlanCheck check = new PlanCheck(new PlanInput().options(renderer, numbers, failOnRegression), labels);
        check.options(List.of());
        return List.copyOf(check.problems);
    }

    private PlanResult run(Instant now) {
        List<GraphSpec> graphs = graphs();
        CaptureOptions.Renderer renderer = options(graphs);
        Optional<TimeWindow> window = new WindowCheck(in, labels, problems).check(now);
        Optional<ApiEndpoint> endpoint = in.endpoint ? endpoint() : Optional.empty();
        List<Problem> sorted = new ArrayList<>(problems.stream().filter(Problem::error).toList());
        sorted.addAll(problems.stream().filter(p -> !p.error()).toList());
        boolean ok = sorted.stream().noneMatch(Problem::error);
        return new PlanResult(List.copyOf(sorted), ok ? graphs : List.of(), ok ? window : Optional.empty(), renderer,
                ok ? endpoint : Optional.empty());
    }

    private List<GraphSpec> graphs() {
        checkDefault(Field.DEFAULT_WIDTH, () -> GraphSpec.checkSize(labels.of(Field.DEFAULT_WIDTH), in.defaultWidth));
        checkDefault(Field.DEFAULT_HEIGHT,
                () -> GraphSpec.checkSize(labels.of(Field.DEFAULT_HEIGHT), in.defaultHeight));
        if (GraphInput.has(in.defaultThresholds)) {
            checkDefault(Field.DEFAULT_THRESHOLDS,
                    () -> Threshold.parseAll(in.defaultThresholds, labels.of(Field.DEFAULT_THRESHOLDS)));
        }
        if (in.graphs.stream().noneMatch(GraphInput::hasQuery)) {
            error(Field.GRAPHS, -1, labels.of(Field.GRAPHS), labels.of(Field.GRAPHS) + ": no graph to capture; give"
                    + " at least one graph with a metric query or a graph definition");
            return List.of();
        }
        List<GraphSpec> specs = new ArrayList<>();
        for (int i = 0; i < in.graphs.size(); i++) {
            int index = i;
            GraphInput g = in.graphs.get(i);
            try {
                specs.add(GraphSpec.builder().name(g.name()).title(g.title()).metricQuery(g.metricQuery())
                        .graphDef(g.graphDef()).eventQuery(g.eventQuery())
                        .width(g.width() != null ? g.width() : in.defaultWidth)
                        .height(g.height() != null ? g.height() : in.defaultHeight)
                        .thresholds(GraphInput.has(g.thresholds()) ? g.thresholds() : in.defaultThresholds)
                        .labels(key -> labels.of(index, Field.ofGraph(key))).build());
            } catch (InvalidGraphField e) {
                error(Field.ofGraph(e.field()), i, labels.of(i, Field.ofGraph(e.field())), e.getMessage());
            }
        }
        if (specs.size() < in.graphs.size()) {
            return List.of();
        }
        try {
            return GraphNames.unique(specs, i -> labels.of(i, Field.NAME));
        } catch (InvalidGraphField e) {
            error(Field.NAME, e.graph(), labels.of(e.graph(), Field.NAME), e.getMessage());
            return List.of();
        }
    }

    /** A default is every graph's: checked on its own and named as itself, not as the first graph using it. */
    private void checkDefault(Field field, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            error(field, -1, labels.of(field), e.getMessage());
        }
    }

    /** The renderer, and what cannot be done without the numbers: drawing here, checking thresholds. */
    private CaptureOptions.Renderer options(List<GraphSpec> graphs) {
        CaptureOptions.Renderer renderer;
        String rendererLabel = labels.of(Field.RENDERER);
        try {
            renderer = CaptureOptions.Renderer.parse(in.renderer, rendererLabel);
        } catch (IllegalArgumentException e) {
            error(Field.RENDERER, -1, rendererLabel, e.getMessage());
            return CaptureOptions.Renderer.DATADOG;
        }
        String numbers = labels.of(Field.NUMBERS);
        String fix = "; set " + numbers + " to true";
        String onRegression = labels.of(Field.FAIL_ON_REGRESSION);
        if (!in.numbers && renderer != CaptureOptions.Renderer.DATADOG) {
            error(Field.RENDERER, -1, rendererLabel, rendererLabel + ": " + renderer.text() + " draws the pictures"
                    + " from the graphs' numbers, but " + numbers + " is false" + fix + ", or " + rendererLabel
                    + " to datadog");
        } else if (!in.numbers && in.failOnRegression) {
            error(Field.FAIL_ON_REGRESSION, -1, onRegression, onRegression + ": a crossed threshold is to mark the"
                    + " build, but " + numbers + " is false, so no threshold can be checked" + fix);
        } else if (!in.numbers) {
            thresholdsWithoutNumbers(graphs, fix);
        } else if (in.failOnRegression && !graphs.isEmpty() && graphs.stream().allMatch(g -> g.thresholds().isEmpty())) {
            problems.add(Problem.warning(Field.FAIL_ON_REGRESSION, onRegression, onRegression + ": a crossed"
                    + " threshold is to mark the build, but no graph has thresholds, so nothing can; give "
                    + labels.of(Field.DEFAULT_THRESHOLDS)));
        }
        return renderer;
    }

    private void thresholdsWithoutNumbers(List<GraphSpec> graphs, String fix) {
        for (int i = 0; i < graphs.size(); i++) {
            if (!graphs.get(i).thresholds().isEmpty()) {
                boolean own = GraphInput.has(in.graphs.get(i).thresholds());
                String label = own ? labels.of(i, Field.THRESHOLDS) : labels.of(Field.DEFAULT_THRESHOLDS);
                error(own ? Field.THRESHOLDS : Field.DEFAULT_THRESHOLDS, own ? i : -1, label, label + ": graph '"
                        + graphs.get(i).name() + "' has thresholds, but " + labels.of(Field.NUMBERS) + " is false, so"
                        + " they cannot be checked" + fix + ", or remove the thresholds");
                return;
            }
        }
    }

    /** The endpoint: a custom URL wins over a site name; with neither, the site named in the environment. */
    private Optional<ApiEndpoint> endpoint() {
        Field field = GraphInput.has(in.apiUrl) ? Field.API_URL : GraphInput.has(in.site) ? Field.SITE
                : Field.SITE_VARIABLE;
        try {
            return Optional.of(ApiEndpoint.resolve(in.site, in.apiUrl, in.environment,
                    key -> labels.of(key.equals("apiUrl") ? Field.API_URL : key.equals("site") ? Field.SITE
                            : Field.SITE_VARIABLE)));
        } catch (IllegalArgumentException e) {
            error(field, -1, labels.of(field), e.getMessage());
            return Optional.empty();
        }
    }

    private void error(Field field, int graph, String label, String message) {
        problems.add(new Problem(field, graph, label, message, true));
    }
}
