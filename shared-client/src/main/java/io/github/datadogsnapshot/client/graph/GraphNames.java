package io.github.datadogsnapshot.client.graph;

import io.github.datadogsnapshot.client.wire.FileNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/** The graphs of one capture with names unique in it (see {@code SnapshotCapture.uniqueNames}). */
public final class GraphNames {

    private GraphNames() {
    }

    /** @throws InvalidGraphField naming the later of two graphs that share a name, by its index */
    public static List<GraphSpec> unique(List<GraphSpec> graphs, IntFunction<String> nameLabel) {
        if (graphs == null || graphs.isEmpty()) {
            throw new IllegalArgumentException("graphs: no graph to capture; give at least one metric query or graphDef");
        }
        Map<String, Integer> given = new HashMap<>();
        for (int i = 0; i < graphs.size(); i++) {
            GraphSpec g = Objects.requireNonNull(graphs.get(i), "graphs[" + i + "]");
            if (g.isNameGiven()) {
                Integer first = given.putIfAbsent(g.name().toLowerCase(java.util.Locale.ROOT), i);
                if (first != null) {
                    throw new InvalidGraphField("name", i, nameLabel.apply(i) + ": '" + g.name() + "' is also"
                            + " the name of " + nameLabel.apply(first) + "; names must be unique (they become file"
                            + " names)");
                }
            }
        }
        Set<String> taken = new HashSet<>(given.keySet());
        List<GraphSpec> result = new ArrayList<>();
        for (GraphSpec g : graphs) {
            if (g.isNameGiven()) {
                result.add(g);
                continue;
            }
            String name = FileNames.uniqueStem(g.name(), taken);
            result.add(name.equals(g.name()) ? g : g.withName(name));
        }
        return result;
    }
}
