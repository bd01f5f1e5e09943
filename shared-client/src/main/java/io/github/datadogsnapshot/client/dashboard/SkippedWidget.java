package io.github.datadogsnapshot.client.dashboard;

import java.util.Objects;

/**
 * A dashboard widget that gets no snapshot, with its type and why: so that the manifest and the page can say so
 * instead of leaving it out without a word.
 *
 * @param id the widget's id, or {@code null}
 * @param title the widget's title, or {@code null}
 */
public record SkippedWidget(Long id, String type, String title, String group, String reason) {

    public SkippedWidget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
    }

    static SkippedWidget of(Widget widget, String group, String reason) {
        return new SkippedWidget(widget.id(), widget.type(), widget.title(), group, reason);
    }
}
