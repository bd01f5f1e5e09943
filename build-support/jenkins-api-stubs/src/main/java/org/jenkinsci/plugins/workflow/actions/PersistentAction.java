package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

/** Compile-only stand-in of workflow-api's {@code PersistentAction}. */
public interface PersistentAction extends Action {
}
