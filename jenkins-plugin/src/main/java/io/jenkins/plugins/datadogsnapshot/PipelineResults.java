package io.jenkins.plugins.datadogsnapshot;

import hudson.model.Run;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * How a Pipeline step marks its build when a graph crossed its thresholds, the way the {@code unstable} step and
 * junit's step do: a {@link WarningAction} on the step's node, which stage views show as the stage's result, and the
 * build's result. The Pipeline goes on (like a quality gate of warnings-ng, also with FAILURE); a script that wants
 * to stop reads the step's return value.
 */
final class PipelineResults {

    private PipelineResults() {}

    static SnapshotRunner.ResultMarker marker(Run<?, ?> run, FlowNode node) {
        return (result, message) -> {
            node.addOrReplaceAction(new WarningAction(result).withMessage(message));
            run.setResult(result);
        };
    }
}
