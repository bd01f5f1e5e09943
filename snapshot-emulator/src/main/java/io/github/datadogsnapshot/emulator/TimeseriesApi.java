package io.github.datadogsnapshot.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v2/query/timeseries}, Datadog's metrics query that takes formulas, over the emulator's synthetic
 * series ({@link SyntheticMetrics}, the same numbers as {@code /api/v1/query} and the pictures).
 *
 * <p>Documented by Datadog (v2 OpenAPI spec, "Query timeseries data across multiple products"): the request
 * {@code {"data":{"type":"timeseries_request","attributes":{"from":ms,"to":ms,"interval":ms?,"queries":[{"data_source":
 * "metrics","name":"a","query":"..."}],"formulas":[{"formula":"a*2","alias":"..."}]}}}} and the answer
 * {@code {"data":{"type":"timeseries_response","attributes":{"series":[{"group_tags":[],"query_index":0,"unit":[..]}],
 * "times":[ms...],"values":[[v or null...]]}}}}, {@code values[k]} belonging to {@code series[k]}, errors as
 * {@code {"errors":["..."]}}.
 *
 * <p>Inferred or the emulator's own choice: {@code query_index} points into {@code formulas} (into {@code queries}
 * when there are none); a grouped query gives one series per group and a formula over grouped queries is evaluated
 * group by group; {@code interval} is accepted and ignored (the points lie on the v1 grid); only the
 * {@code metrics} data source and the formula grammar of {@link Formula} are served, anything else answers 400;
 * the call counts against the same query budget as {@code /api/v1/query}; the scoped application key is accepted,
 * as for {@code /api/v1/query}.
 */
final class TimeseriesApi {

    static final String PATH = "/api/v2/query/timeseries";
    /** Milliseconds since 1973: a smaller value is a time in seconds, sent by mistake. */
    private static final long MIN_MILLIS = 100_000_000_000L;

    private final EmulatorSettings settings;
    private final RateLimitWindow rateLimit;
    private final ObjectMapper json = new ObjectMapper();

    TimeseriesApi(EmulatorSettings settings, RateLimitWindow rateLimit) {
        this.settings = settings;
        this.rateLimit = rateLimit;
    }

    /** Keys, then the query budget, then the body. */
    Answer query(byte[] body, Headers headers) {
        String app = headers.getFirst("DD-APPLICATION-KEY");
        if (!settings.apiKey().equals(headers.getFirst("DD-API-KEY"))
                || !(settings.applicationKey().equals(app) || settings.scopedApplicationKey().equals(app))) {
            return Answer.error(403, "Forbidden");
        }
        RateLimitWindow.Decision decision = rateLimit.acquire();
        if (!decision.allowed()) {
            return Answer.error(429, "Rate limit of " + decision.limit() + " requests in " + decision.periodSeconds()
                    + " seconds reached. Please try again later.").withHeaders(decision.headers("query"));
        }
        Answer answer;
        try {
            answer = Answer.json(200, answer(read(body)));
        } catch (Formula.Invalid e) {
            answer = Answer.errors(400, List.of(e.getMessage().split("\n")));
        }
        return answer.withHeaders(decision.headers("query"));
    }

    private JsonNode read(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new Formula.Invalid("Body is not valid JSON");
        }
        if (root == null || !"timeseries_request".equals(root.path("data").path("type").asText())) {
            throw new Formula.Invalid("'data.type' must be 'timeseries_request'");
        }
        return root.path("data").path("attributes");
    }

    private Map<String, Object> answer(JsonNode attributes) {
        List<String> errors = new ArrayList<>();
        long from = millis(attributes, "from", errors);
        long to = millis(attributes, "to", errors);
        if (errors.isEmpty() && to / 1000 <= from / 1000) {
            errors.add("'to' must be at least one second after 'from'");
        }
        Map<String, String> queries = queries(attributes.path("queries"), errors);
        List<Formula> formulas = new ArrayList<>();
        JsonNode list = attributes.path("formulas");
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            try {
                Formula formula = Formula.parse(list.get(i).path("formula").asText(null));
                formula.names().stream().filter(name -> !queries.containsKey(name)).forEach(name -> errors.add(
                        "formulas[" + index + "]: '" + name + "' is not the name of a query"));
                formulas.add(formula);
            } catch (Formula.Invalid e) {
                errors.add("formulas[" + i + "]: " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new Formula.Invalid(String.join("\n", errors));
        }
        Map<String, List<SyntheticMetrics.Series>> series = new LinkedHashMap<>();
        queries.forEach((name, query) -> series.put(name, SyntheticMetrics.of(query, from / 1000, to / 1000)));
        List<Object> described = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (formulas.isEmpty()) {
            int index = 0;
            for (List<SyntheticMetrics.Series> one : series.values()) {
                for (SyntheticMetrics.Series group : one) {
                    described.add(seriesJson(group.tagSet(), index, group.unit()));
                    values.add(values(group.values()));
                }
                index++;
            }
        } else {
            for (int k = 0; k < formulas.size(); k++) {
                evaluate(formulas.get(k), k, series, described, values);
            }
        }
        long[] times = series.values().iterator().next().get(0).epochMillis();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("series", described);
        result.put("times", Arrays.stream(times).boxed().toList());
        result.put("values", values);
        return Map.of("data", Map.of("type", "timeseries_response", "attributes", result));
    }

    /** One series per group of the grouped queries the formula reads (they must have as many groups). */
    private static void evaluate(Formula formula, int index, Map<String, List<SyntheticMetrics.Series>> series,
            List<Object> described, List<Object> values) {
        int groups = 1;
        for (String name : formula.names()) {
            int count = series.get(name).size();
            if (count > 1 && groups > 1 && count != groups) {
                throw new Formula.Invalid("formulas[" + index + "]: the queries it reads are grouped into different"
                        + " groups; the emulator combines only queries with the same groups");
            }
            groups = Math.max(groups, count);
        }
        for (int g = 0; g < groups; g++) {
            Map<String, double[]> columns = new HashMap<>();
            int points = 0;
            SyntheticMetrics.Series any = null;
            for (String name : formula.names()) {
                List<SyntheticMetrics.Series> one = series.get(name);
                SyntheticMetrics.Series group = one.get(one.size() == 1 ? 0 : g);
                columns.put(name, group.values());
                points = group.values().length;
                if (one.size() > 1 || any == null) {
                    any = group;
                }
            }
            double[] result = new double[points];
            Map<String, Double> at = new HashMap<>();
            for (int i = 0; i < points; i++) {
                for (Map.Entry<String, double[]> column : columns.entrySet()) {
                    at.put(column.getKey(), column.getValue()[i]);
                }
                result[i] = formula.evaluate(at);
            }
            SyntheticMetrics.Unit unit = formula.names().size() == 1 && any != null ? any.unit() : null;
            described.add(seriesJson(any == null ? List.of() : any.tagSet(), index, unit));
            values.add(values(result));
        }
    }

    private static Map<String, String> queries(JsonNode list, List<String> errors) {
        Map<String, String> queries = new LinkedHashMap<>();
        if (!list.isArray() || list.isEmpty()) {
            errors.add("'queries' must be a non-empty array");
            return queries;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode query = list.get(i);
            String source = query.path("data_source").asText("");
            String name = query.path("name").asText("");
            String text = query.path("query").asText("");
            if (!source.equals("metrics")) {
                errors.add("queries[" + i + "]: data_source '" + source + "' is not served by the emulator (only"
                        + " 'metrics')");
            } else if (name.isBlank() || queries.containsKey(name)) {
                errors.add("queries[" + i + "]: 'name' must be given and unique, got '" + name + "'");
            } else if (MetricQuery.parse(text).isEmpty()) {
                errors.add("queries[" + i + "]: Error parsing query: '" + text + "' is not a metric query such as "
                        + MetricsApi.QUERY_EXAMPLE);
            } else {
                queries.put(name, text);
            }
        }
        return queries;
    }

    private static long millis(JsonNode attributes, String field, List<String> errors) {
        JsonNode value = attributes.path(field);
        if (!value.isIntegralNumber() || value.asLong() < MIN_MILLIS) {
            errors.add("'" + field + "' is required: milliseconds since the epoch, got " + value);
            return 0;
        }
        return value.asLong();
    }

    private static Map<String, Object> seriesJson(List<String> tags, int queryIndex, SyntheticMetrics.Unit unit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group_tags", tags);
        json.put("query_index", queryIndex);
        json.put("unit", unit == null ? null : MetricsApi.unitJson(unit));
        return json;
    }

    private static List<Double> values(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(Double.isNaN(value) ? null : value);
        }
        return list;
    }
}
