package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.plan.Field;
import io.github.datadogsnapshot.client.plan.Labels;
import io.github.datadogsnapshot.client.plan.PlanResult;
import io.github.datadogsnapshot.client.plan.Problem;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link CaptureRequest} through the client's plan check, free of Jenkins so it can be unit tested: the fields
 * named as a Jenkins user knows them, the first error thrown with the client's message.
 */
final class RequestCheck {

    private RequestCheck() {}

    /**
     * The request's plan check; a block step calls this before its body runs, so a mistake fails the step at once
     * instead of after the body. The regression result is checked too.
     *
     * @param now when the check runs, for the window's rules
     * @throws IllegalArgumentException with the plan check's first error, naming the field that is wrong
     */
    static PlanResult checked(
            CaptureRequest request,
            CaptureDefaults defaults,
            @CheckForNull Instant windowStart,
            @CheckForNull Instant windowEnd,
            Instant now) {
        PlanResult result = request.check(defaults, windowStart, windowEnd, now);
        Optional<Problem> error = result.firstError();
        if (error.isPresent()) {
            throw new IllegalArgumentException(error.get().message());
        }
        request.regressionResult();
        return result;
    }

    /**
     * How the steps and the post-build action name the fields in the client's messages: as their arguments
     * ({@code graphs[2].name}, or {@code name} when the step gives one graph), the global defaults as in the
     * global configuration.
     */
    static Labels labels(int graphCount) {
        Map<Field, String> labels = new EnumMap<>(Field.class);
        labels.put(Field.GRAPHS, "graphs (or metricQuery)");
        labels.put(Field.DEFAULT_WIDTH, "defaultWidth");
        labels.put(Field.DEFAULT_HEIGHT, "defaultHeight");
        labels.put(Field.FAIL_ON_REGRESSION, "regressionResult");
        labels.put(Field.START_ORIGIN, "the window's start (the build's or the block's start)");
        labels.put(Field.END_ORIGIN, "the window's end (now)");
        return new Labels(labels, graphCount == 1 ? i -> "" : i -> "graphs[" + i + "].");
    }
}
