package io.github.datadogsnapshot.client.transport;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code POST /api/v2/query/timeseries} is asked: named metric queries and the formulas over them, the same
 * shapes a widget's request uses. Checked when built, naming the field, so that nothing is sent that Datadog must
 * refuse.
 *
 * @param queries the queries, each with a name the formulas use ({@code a}, {@code query1})
 * @param formulas the formulas, e.g. {@code a / b * 100}; empty asks for the queries themselves
 */
public record FormulaRequest(List<Query> queries, List<Formula> formulas) {

    /**
     * One metrics query.
     *
     * @param name how the formulas name it
     * @param query the metric query, e.g. {@code avg:system.cpu.user{env:perf}}
     */
    public record Query(String name, String query) {
    }

    /**
     * One formula.
     *
     * @param formula e.g. {@code a * 2}
     * @param alias the series' label, or {@code null}: then the formula is the label
     */
    public record Formula(String formula, String alias) {

        /** The alias when there is one, else the formula. */
        public String label() {
            return alias == null || alias.isBlank() ? formula.trim() : alias.trim();
        }
    }

    /** Copies the lists; refuses missing, blank or repeated names, blank queries and blank formulas. */
    public FormulaRequest {
        Objects.requireNonNull(queries, "queries");
        formulas = formulas == null ? List.of() : List.copyOf(formulas);
        queries = List.copyOf(queries);
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("queries: give at least one metrics query");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            if (query.name() == null || !query.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("queries[" + i + "].name: '" + query.name() + "' is not a name a"
                        + " formula can use (letters, digits and _, not starting with a digit)");
            }
            if (!names.add(query.name())) {
                throw new IllegalArgumentException("queries[" + i + "].name: '" + query.name() + "' is used twice");
            }
            if (query.query() == null || query.query().isBlank()) {
                throw new IllegalArgumentException("queries[" + i + "].query: give a metric query such as"
                        + " avg:system.cpu.user{env:prod}");
            }
        }
        for (int i = 0; i < formulas.size(); i++) {
            if (formulas.get(i).formula() == null || formulas.get(i).formula().isBlank()) {
                throw new IllegalArgumentException("formulas[" + i + "].formula: must not be empty");
            }
        }
    }
}
