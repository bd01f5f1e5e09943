package io.github.datadogsnapshot.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The emulator's events: one to three per filter and window, at whole seconds inside the window, at places that
 * depend only on the filter and the window. The snapshot charts draw them as bands and {@code /api/v1/events}
 * lists them, so both show the same events.
 */
final class SyntheticEvents {

    /**
     * One made-up event.
     *
     * @param id its number
     * @param epochSeconds when it happened
     * @param title e.g. {@code deploy event 2}
     * @param source the first source of the filter, or {@code my apps}
     * @param priority the filter's priority, or {@code normal}
     * @param tags the filter's tags
     */
    record Event(long id, long epochSeconds, String title, String source, String priority, List<String> tags) {}

    private SyntheticEvents() {}

    /** The events of this filter in the window from {@code start} to {@code end}, POSIX seconds, by time. */
    static List<Event> of(EventFilter filter, long start, long end) {
        String key = filter.key();
        Random random = new Random(key.hashCode() * 31L + start);
        int count = 1 + random.nextInt(3);
        double span = end - start;
        String source = filter.sources().isEmpty() ? "my apps" : filter.sources().get(0);
        String priority = filter.priority() == null ? "normal" : filter.priority();
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long at = start + Math.round(span * (0.1 + 0.8 * (i + random.nextDouble() * 0.7) / count));
            long id = Math.abs((key + "#" + at).hashCode()) * 1_000_000L + i;
            String title = (filter.sources().isEmpty() ? "event" : source) + " event " + (i + 1);
            events.add(new Event(id, at, title, source, priority, filter.tags()));
        }
        events.sort(Comparator.comparingLong(Event::epochSeconds));
        return List.copyOf(events);
    }

    /** The events of several filters (a graph's event queries), by time. */
    static List<Event> of(List<EventFilter> filters, long start, long end) {
        List<Event> all = new ArrayList<>();
        filters.forEach(f -> all.addAll(of(f, start, end)));
        all.sort(Comparator.comparingLong(Event::epochSeconds));
        return List.copyOf(all);
    }
}
