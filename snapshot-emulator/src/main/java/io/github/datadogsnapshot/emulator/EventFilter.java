package io.github.datadogsnapshot.emulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which events a graph overlays or the events API lists: sources, tags, priority and any other words. The
 * snapshot's {@code event_query} {@code "sources:deploy tags:env:perf"} and the events API's
 * {@code sources=deploy&tags=env:perf} are the same filter, so they give the same events.
 *
 * @param sources the sources, sorted
 * @param tags the tags, sorted
 * @param priority {@code normal}, {@code low}, or {@code null} for any
 * @param text the words that are none of these, in order (only an event query can have them)
 */
record EventFilter(List<String> sources, List<String> tags, String priority, String text) {

    EventFilter {
        sources = List.copyOf(new TreeSet<>(sources));
        tags = List.copyOf(new TreeSet<>(tags));
    }

    /** Reads an event query: {@code sources:a,b}, {@code tags:x,y} and {@code priority:p} words, and other text. */
    static EventFilter fromQuery(String eventQuery) {
        List<String> sources = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String priority = null;
        List<String> text = new ArrayList<>();
        for (String word : eventQuery.trim().split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.startsWith("sources:")) {
                sources.addAll(list(word.substring("sources:".length())));
            } else if (lower.startsWith("tags:")) {
                tags.addAll(list(word.substring("tags:".length())));
            } else if (lower.startsWith("priority:")) {
                priority = lower.substring("priority:".length());
            } else if (!word.isEmpty()) {
                text.add(word);
            }
        }
        return new EventFilter(sources, tags, priority, String.join(" ", text));
    }

    /** Reads the {@code sources}, {@code tags} and {@code priority} parameters of the events API. */
    static EventFilter fromParameters(Map<String, String> params) {
        String priority = params.get("priority");
        return new EventFilter(list(params.getOrDefault("sources", "")), list(params.getOrDefault("tags", "")),
                priority == null || priority.isBlank() ? null : priority.trim().toLowerCase(Locale.ROOT), "");
    }

    /** The filter as text; equal filters have equal keys, whichever way they were written. */
    String key() {
        return "sources=" + String.join(",", sources) + ";tags=" + String.join(",", tags) + ";priority="
                + (priority == null ? "" : priority) + ";text=" + text;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
