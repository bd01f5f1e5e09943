package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;

/** Compile-only stand-in of workflow-api's {@code FlowNode}: a step's node in the Pipeline's graph. */
public abstract class FlowNode extends Actionable {

    FlowNode() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
