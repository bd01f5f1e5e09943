package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The block step {@code datadogSnapshotWindow}: checks its arguments, runs its body, then captures graphs for
 * exactly the time the body ran. It captures also when the body fails, and then passes the body's failure on
 * unchanged (a capture problem is only logged); when the body succeeds, the step returns the body's result. A graph
 * that crossed its thresholds marks the step's node and the build, as {@code datadogSnapshot} does. When
 * the body is interrupted (the build is aborted, {@code timeout} or {@code parallel(failFast: true)} ends it), the
 * step ends at once with that interruption and captures nothing.
 *
 * <pre>{@code
 * datadogSnapshotWindow(graphs: [[metricQuery: 'avg:trace.http.request.duration{service:shop}', title: 'Latency']]) {
 *     sh './run-load-test.sh'
 * }
 * }</pre>
 */
public class DatadogSnapshotWindowStep extends AbstractSnapshotStep {

    @DataBoundConstructor
    public DatadogSnapshotWindowStep() {}

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, request().build());
    }

    /**
     * Starts the body and captures when it ends. The capture does I/O, so it runs on a thread of its own
     * ({@link #run}), never on the CPS thread that delivers the body's end.
     */
    static final class Execution extends GeneralNonBlockingStepExecution {

        private static final long serialVersionUID = 1L;
        private static final Logger LOGGER = Logger.getLogger(Execution.class.getName());

        private final CaptureRequest request;
        private long bodyStartMillis;

        Execution(StepContext context, CaptureRequest request) {
            super(context);
            this.request = request;
        }

        /**
         * Checks the arguments first, the baseline with the build's variables included: a mistake fails the step now,
         * not after a body that may run for hours.
         */
        @Override
        public boolean start() throws AbortException, IOException, InterruptedException {
            StepContext context = getContext();
            SnapshotRunner.validate(
                    request,
                    DatadogSnapshotConfiguration.get().defaults(),
                    context.get(EnvVars.class),
                    context.get(Run.class).getNumber());
            bodyStartMillis = System.currentTimeMillis();
            context.newBodyInvoker().withCallback(new Callback(this)).start();
            return false;
        }

        private void capture(StepContext context, Instant bodyEnd) throws Exception {
            Run<?, ?> run = context.get(Run.class);
            TaskListener listener = context.get(TaskListener.class);
            EnvVars env = context.get(EnvVars.class);
            // The callback's context hands out the body's end node; the step's own context, its start node.
            FlowNode node = getContext().get(FlowNode.class);
            SnapshotRunner.create(DatadogSnapshotConfiguration.get().defaults())
                    .run(
                            run,
                            listener,
                            env,
                            request,
                            Instant.ofEpochMilli(bodyStartMillis),
                            bodyEnd,
                            PipelineResults.marker(run, node));
        }

        /** After a failed body, a capture problem is only logged: the body's failure is what the build is about. */
        private static void logQuietly(StepContext context, Exception problem) {
            if (problem instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            try {
                context.get(TaskListener.class).getLogger().println(LogLines.warning(problem.getMessage()));
            } catch (IOException | RuntimeException e) {
                LOGGER.log(Level.WARNING, "Could not log a capture problem after a failed body", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * Notes the body's end at once, then captures on another thread and completes the step. Static, holding
         * its execution explicitly, so that what is saved with the Pipeline is exactly that execution.
         */
        private static final class Callback extends BodyExecutionCallback {

            private static final long serialVersionUID = 1L;

            private final Execution execution;

            Callback(Execution execution) {
                this.execution = execution;
            }

            @Override
            public void onSuccess(StepContext context, Object result) {
                Instant bodyEnd = Instant.now();
                execution.run(() -> {
                    execution.capture(context, bodyEnd);
                    context.onSuccess(result);
                });
            }

            /**
             * An interrupted body fails the step at once. Aborting a build stops only the innermost step (the
             * body's), so this step's {@code stop} is never called: this is where the abort arrives, as a
             * {@code FlowInterruptedException} (an {@link InterruptedException}). Capturing then would delay the
             * abort by up to every graph's timeout, for a window nobody asked to see.
             */
            @Override
            public void onFailure(StepContext context, Throwable failure) {
                if (failure instanceof InterruptedException) {
                    context.onFailure(failure);
                    return;
                }
                Instant bodyEnd = Instant.now();
                execution.run(() -> {
                    try {
                        execution.capture(context, bodyEnd);
                    } catch (Exception e) {
                        logQuietly(context, e);
                    }
                    context.onFailure(failure);
                });
            }
        }
    }

    /** Registers {@code datadogSnapshotWindow}. */
    @Extension
    public static final class DescriptorImpl extends SnapshotStepDescriptor {

        @Override
        public String getFunctionName() {
            return "datadogSnapshotWindow";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DatadogSnapshotWindowStep_displayName();
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }
    }
}
