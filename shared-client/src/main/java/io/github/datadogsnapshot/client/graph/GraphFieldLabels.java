package io.github.datadogsnapshot.client.graph;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** How a {@link GraphSpec.Builder} names a graph's fields in its errors, and the errors that name them. */
final class GraphFieldLabels {

    private final UnaryOperator<String> labels;

    GraphFieldLabels(UnaryOperator<String> labels) {
        this.labels = labels;
    }

    String label(String field) {
        return labels.apply(field);
    }

    InvalidGraphField invalid(String field, String reason) {
        return new InvalidGraphField(field, label(field) + ": " + reason);
    }

    /** Runs a check whose message already names the field's label, and says which field it was. */
    <T> T checked(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidGraphField e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidGraphField(field, e.getMessage());
        }
    }
}
