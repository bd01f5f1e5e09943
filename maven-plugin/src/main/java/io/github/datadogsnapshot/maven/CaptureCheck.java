package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.plan.Field;
import io.github.datadogsnapshot.client.plan.GraphInput;
import io.github.datadogsnapshot.client.plan.Labels;
import io.github.datadogsnapshot.client.plan.PlanCheck;
import io.github.datadogsnapshot.client.plan.PlanInput;
import io.github.datadogsnapshot.client.plan.PlanResult;
import io.github.datadogsnapshot.client.plan.Problem;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@code capture} goal's configuration through the client's plan check ({@link PlanCheck}): the goal only says
 * how it names each setting and turns the first error into the build's failure, before any request.
 */
final class CaptureCheck {

    private CaptureCheck() {
    }

    /**
     * The client's plan check of this goal's graphs, window, options and endpoint, with the goal's names in its
     * messages: an error fails the build before any request, a warning is logged.
     */
    static PlanResult check(CaptureMojo mojo, Instant now, Map<String, String> environment, Optional<Instant> mark,
                            Instant buildStart) throws MojoFailureException {
        List<GraphInput> list = mojo.graphs == null ? List.of()
                : mojo.graphs.stream().map(CaptureCheck::input).toList();
        GraphInput single = new GraphInput(null, mojo.title, mojo.metricQuery, mojo.graphDef, mojo.eventQuery, null,
                null, null);
        boolean singleGiven = single.hasQuery() || hasText(mojo.title) || hasText(mojo.eventQuery);
        if (singleGiven && !list.isEmpty()) {
            mojo.getLog().info("Capturing the graph given by the datadog.* graph properties instead of the "
                    + list.size() + " configured <graphs>");
        }
        PlanInput input = new PlanInput()
                .graphs(singleGiven ? List.of(single) : list)
                .graphDefaults(mojo.width, mojo.height, mojo.thresholds)
                .window(TimeValues.instant("datadog.start", mojo.start), TimeValues.instant("datadog.end", mojo.end),
                        mark.orElse(buildStart), now)
                .padding(TimeValues.duration("datadog.padding", mojo.padding), null)
                .options(mojo.renderer, mojo.numbers, mojo.failOnRegression)
                .endpoint(mojo.site, mojo.apiUrl, environment);
        return checked(PlanCheck.check(input, labels(singleGiven, CaptureMojo.startOrigin(mark)), now),
                mojo.getLog());
    }

    /**
     * How this goal names the settings in the client's messages: its parameters, the graphs of {@code <graphs>}
     * counted from 1, the graph given on the command line by its properties.
     *
     * @param commandLineGraph whether the graph is the one given by the {@code datadog.*} graph properties
     * @param startOrigin      where the window starts when {@code datadog.start} is not given
     */
    static Labels labels(boolean commandLineGraph, String startOrigin) {
        Map<Field, String> labels = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            labels.put(field, "datadog." + field.key());
        }
        labels.put(Field.GRAPHS, "<graphs> (or -Ddatadog.metricQuery)");
        labels.put(Field.START_ORIGIN, "the window's start (" + startOrigin + ")");
        labels.put(Field.END_ORIGIN, "the window's end (now)");
        labels.put(Field.WINDOW, "the window");
        labels.put(Field.SITE_VARIABLE, ApiEndpoint.SITE_VARIABLE);
        return new Labels(labels, commandLineGraph ? i -> "datadog." : i -> "graphs[" + (i + 1) + "].");
    }

    /** A configured graph as the plan check reads it; an empty {@code <graph/>} is an empty one. */
    static GraphInput input(Graph g) {
        return g == null ? GraphInput.EMPTY : new GraphInput(g.getName(), g.getTitle(), g.getMetricQuery(),
                g.getGraphDef(), g.getEventQuery(), g.getWidth(), g.getHeight(), g.getThresholds());
    }

    /**
     * The plan check's decision as this goal's: its warnings logged, its first error the build's failure before any
     * request, worded as the client worded it with this goal's names.
     */
    private static PlanResult checked(PlanResult result, Log log) throws MojoFailureException {
        result.warnings().forEach(p -> log.warn(p.message()));
        Optional<Problem> error = result.firstError();
        if (error.isPresent()) {
            throw new MojoFailureException(refusal(error.get()));
        }
        return result;
    }

    /** How the build's failure says a problem: what it is about, then the client's message. */
    static String refusal(Problem problem) {
        return switch (problem.field().group()) {
            case GRAPH -> "Invalid graph: ";
            case WINDOW -> "Invalid window: ";
            case ENDPOINT -> "Invalid Datadog endpoint: ";
            case OPTIONS -> "Invalid configuration: ";
        } + problem.message();
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
