package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The Pipeline step {@code datadogSnapshot}: captures graphs for the window from the build's start (or
 * {@code start}) to now (or {@code end}) and returns, per graph, its name, title, status, image URL, the verdict of
 * its numbers and the thresholds it crossed. A graph that crossed its thresholds marks the step's node and the build
 * UNSTABLE (or FAILURE with {@code regressionResult: 'FAILURE'}).
 *
 * <pre>{@code
 * def graphs = datadogSnapshot metricQuery: 'avg:system.cpu.user{env:perf}', title: 'CPU', thresholds: 'p95 +10%'
 * echo graphs[0].imageUrl
 * }</pre>
 */
public class DatadogSnapshotStep extends AbstractSnapshotStep {

    private Long start;
    private Long end;

    @DataBoundConstructor
    public DatadogSnapshotStep() {}

    public Long getStart() {
        return start;
    }

    /** The window's start in epoch seconds; the build's start when not given. */
    @DataBoundSetter
    public void setStart(Long start) {
        this.start = start;
    }

    public Long getEnd() {
        return end;
    }

    /** The window's end in epoch seconds; now when not given. */
    @DataBoundSetter
    public void setEnd(Long end) {
        this.end = end;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(
                context, request().startSeconds(start).endSeconds(end).build());
    }

    /** Captures on a thread of its own, so the Pipeline's CPS thread never waits for Datadog. */
    static final class Execution extends SynchronousNonBlockingStepExecution<List<Map<String, Object>>> {

        private static final long serialVersionUID = 1L;

        private final CaptureRequest request;

        Execution(StepContext context, CaptureRequest request) {
            super(context);
            this.request = request;
        }

        @Override
        protected List<Map<String, Object>> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            TaskListener listener = getContext().get(TaskListener.class);
            EnvVars env = getContext().get(EnvVars.class);
            FlowNode node = getContext().get(FlowNode.class);
            CaptureOutcome outcome = SnapshotRunner.create(
                            DatadogSnapshotConfiguration.get().defaults())
                    .run(
                            run,
                            listener,
                            env,
                            request,
                            Instant.ofEpochMilli(run.getStartTimeInMillis()),
                            Instant.now(),
                            PipelineResults.marker(run, node));
            return outcome.asStepResult(JenkinsInstance::absoluteUrl);
        }
    }

    /** Registers {@code datadogSnapshot}. */
    @Extension
    public static final class DescriptorImpl extends SnapshotStepDescriptor {

        @Override
        public String getFunctionName() {
            return "datadogSnapshot";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DatadogSnapshotStep_displayName();
        }

        /**
         * Drops the form's empty {@code start} and {@code end} (the Snippet Generator and any form binding): Stapler
         * binds an empty field to null for {@code Integer} but to 0 for {@code Long} (no null default is registered
         * for it in {@code Stapler.CONVERT_UTILS}), which would be a window starting in 1970. Not given means the
         * build's start and now.
         */
        @Override
        public Step newInstance(@Nullable StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
            for (String field : List.of("start", "end")) {
                if (formData.optString(field).isBlank()) {
                    formData.remove(field);
                }
            }
            return super.newInstance(req, formData);
        }
    }
}
