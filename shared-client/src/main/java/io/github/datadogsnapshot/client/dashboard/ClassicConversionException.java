package io.github.datadogsnapshot.client.dashboard;

/**
 * A widget that the classic snapshot API (v1) cannot draw: its message says which widget, exactly why, and what to
 * enable instead.
 */
public final class ClassicConversionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    ClassicConversionException(Widget widget, String reason) {
        super(widget.describe() + " cannot be drawn by the classic snapshot API (v1): " + reason
                + ". Datadog's newer snapshot API (POST /api/v2/snapshot, a preview) draws it: ask Datadog to enable"
                + " v2 snapshots for your organization, or leave the widget out with the widget filter");
        this.reason = reason;
    }

    /** Why, without the advice: e.g. {@code requests[0]: formula 'query1 / query2' combines queries}. */
    public String reason() {
        return reason;
    }
}
