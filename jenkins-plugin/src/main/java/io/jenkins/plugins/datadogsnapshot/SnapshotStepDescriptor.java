package io.jenkins.plugins.datadogsnapshot;

import hudson.EnvVars;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What both step descriptors share: the context they need and the form endpoints of the shared arguments
 * ({@link CaptureSettingsForm}'s, and those of the graph given directly).
 * The Pipeline syntax page calls these in the context of the job, or of Jenkins outside a job.
 */
public abstract class SnapshotStepDescriptor extends StepDescriptor implements CaptureSettingsForm {

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        // FlowNode: a regression marks the step's node, as junit and unstable do.
        return Set.of(Run.class, TaskListener.class, EnvVars.class, FlowNode.class);
    }

    @POST
    public FormValidation doCheckThresholds(@AncestorInPath Item item, @QueryParameter String thresholds) {
        return FormSupport.check(item, () -> GraphChecks.thresholds(thresholds));
    }

    @POST
    public FormValidation doCheckMetricQuery(
            @AncestorInPath Item item, @QueryParameter String metricQuery, @QueryParameter String graphDef) {
        // Without a query here the graphs list may hold them; the build says if neither does.
        return FormSupport.check(
                item,
                () -> Text.trimToNull(metricQuery) == null && Text.trimToNull(graphDef) == null
                        ? Optional.empty()
                        : GraphChecks.queryOrDefinition(metricQuery, graphDef));
    }

    @POST
    public FormValidation doCheckGraphDef(@AncestorInPath Item item, @QueryParameter String graphDef) {
        return FormSupport.check(item, () -> GraphChecks.graphDef(graphDef));
    }
}
