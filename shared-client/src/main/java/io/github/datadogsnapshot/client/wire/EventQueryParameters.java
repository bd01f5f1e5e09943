package io.github.datadogsnapshot.client.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates a graph's event query into the filters of the v1 events API, or says why it cannot. The words
 * {@code sources:a,b}, {@code tags:x,y} and {@code priority:normal|low} become the parameters {@code sources},
 * {@code tags} and {@code priority}; any other word (free text, {@code host:}, {@code status:} ...) has no
 * equivalent there, so the query is not translated rather than widened to more events than the graph shows.
 */
public final class EventQueryParameters {

    /**
     * The outcome: the parameters, or the problem.
     *
     * @param parameters {@code sources}, {@code tags}, {@code priority} as present; empty when there is a problem
     * @param problem why the query cannot be translated, or {@code null}
     */
    public record Translation(Map<String, String> parameters, String problem) {

        public Translation {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        public boolean isTranslated() {
            return problem == null;
        }
    }

    private EventQueryParameters() {
    }

    public static Translation translate(String eventQuery) {
        if (eventQuery == null || eventQuery.isBlank()) {
            return new Translation(Map.of(), "the event query is empty");
        }
        List<String> sources = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String priority = null;
        for (String word : eventQuery.trim().split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.startsWith("sources:") && word.length() > "sources:".length()) {
                sources.add(word.substring("sources:".length()));
            } else if (lower.startsWith("tags:") && word.length() > "tags:".length()) {
                tags.add(word.substring("tags:".length()));
            } else if (lower.startsWith("priority:")) {
                priority = lower.substring("priority:".length());
                if (!priority.equals("normal") && !priority.equals("low")) {
                    return new Translation(Map.of(), "priority '" + word.substring("priority:".length())
                            + "' is neither normal nor low");
                }
            } else {
                return new Translation(Map.of(), "the word '" + word + "' has no equivalent among the events API's"
                        + " filters (sources:, tags:, priority:)");
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!sources.isEmpty()) {
            parameters.put("sources", String.join(",", sources));
        }
        if (!tags.isEmpty()) {
            parameters.put("tags", String.join(",", tags));
        }
        if (priority != null) {
            parameters.put("priority", priority);
        }
        return new Translation(parameters, null);
    }
}
