package io.github.datadogsnapshot.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that only moves when told to: {@link VirtualScheduler} moves it to each task's time. */
public final class FakeTime extends Clock {

    static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private Instant now;

    FakeTime() {
        this(T0);
    }

    public FakeTime(Instant start) {
        this.now = start;
    }

    synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    synchronized void advanceTo(Instant later) {
        if (later.isAfter(now)) {
            now = later;
        }
    }

    /** Time passed since {@link #T0}. */
    synchronized Duration elapsed() {
        return Duration.between(T0, now);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
