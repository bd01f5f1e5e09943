package io.github.datadogsnapshot.client.plan;

/**
 * One thing the plan check found.
 *
 * @param field   the setting it is about
 * @param graph   the graph's index (from 0) for a graph's own field, else -1
 * @param label   how the plugin named the setting (see {@link Labels}); the message uses it
 * @param message what is wrong and what to do, for people; worded once, here in the client
 * @param error   true when the capture must not start; false for a warning
 */
public record Problem(Field field, int graph, String label, String message, boolean error) {

    static Problem error(Field field, String label, String message) {
        return new Problem(field, -1, label, message, true);
    }

    static Problem warning(Field field, String label, String message) {
        return new Problem(field, -1, label, message, false);
    }
}
