package io.github.datadogsnapshot.client.internal;

import io.github.datadogsnapshot.client.RateLimitStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The organization's snapshot budget as one client sees it, shared by all its captures: snapshots are requested as
 * fast as the budget allows and no faster. Before the budget of the current rate-limit window is known, one request
 * at a time goes out; its {@code X-RateLimit-*} headers tell how many more may follow. When the budget is used up,
 * or a 429 names a reset, every request waits for the reset instead of spending more 429s. Thread-safe.
 */
public final class RateLimitBudget {

    /** What a request may do now. */
    public sealed interface Permit permits Granted, WaitUntil, Queued {
    }

    /** Send it now; call {@link #answered} or {@link #released} when the exchange is over. */
    public record Granted() implements Permit {
    }

    /** The budget is used up until {@code until}: ask again then. */
    public record WaitUntil(Instant until) implements Permit {
    }

    /** The budget depends on answers still outstanding: the callback is run once one arrives. */
    public record Queued() implements Permit {
    }

    private static final Granted GRANTED = new Granted();
    private static final Queued QUEUED = new Queued();

    private Instant closedUntil = Instant.MIN;
    private Integer remaining;
    private Instant resetsAt;
    private int inFlight;
    private final List<Runnable> waiting = new ArrayList<>();

    /**
     * Asks to send one snapshot request at {@code now}.
     *
     * @param onChange run (once, on some thread) when a {@link Queued} request may ask again
     */
    public synchronized Permit acquire(Instant now, Runnable onChange) {
        if (now.isBefore(closedUntil)) {
            return new WaitUntil(closedUntil);
        }
        if (remaining != null && !now.isBefore(resetsAt)) {
            remaining = null; // a new window: its budget is unknown until an answer states it
        }
        if (remaining == null ? inFlight == 0 : remaining - inFlight > 0) {
            inFlight++;
            return GRANTED;
        }
        if (inFlight > 0) {
            waiting.add(onChange);
            return QUEUED;
        }
        closedUntil = resetsAt;
        return new WaitUntil(resetsAt);
    }

    /** A granted request was answered with these headers (empty when it carried none). */
    public void answered(Instant now, RateLimitStatus seen) {
        List<Runnable> wake;
        synchronized (this) {
            inFlight--;
            if (seen != null) {
                if (remaining == null || seen.resetsAt().isAfter(resetsAt.plusSeconds(1))) {
                    remaining = seen.remaining();
                    resetsAt = seen.resetsAt();
                } else {
                    // Answers of one window arrive in any order: the lowest budget stated is the true one.
                    remaining = Math.min(remaining, seen.remaining());
                }
            }
            wake = takeWaiting();
        }
        wake.forEach(Runnable::run);
    }

    /** A granted request was answered 429 with a reset: every request waits until {@code until}. */
    public void refused(Instant until) {
        List<Runnable> wake;
        synchronized (this) {
            inFlight--;
            if (until.isAfter(closedUntil)) {
                closedUntil = until;
            }
            remaining = null;
            wake = takeWaiting();
        }
        wake.forEach(Runnable::run);
    }

    /** A granted request ended without an answer that states the budget. */
    public void released() {
        answered(null, null);
    }

    /** Forgets a queued callback whose request was called off. */
    public synchronized void forget(Runnable onChange) {
        waiting.remove(onChange);
    }

    /** Until when every request waits, {@link Instant#MIN} when none does. */
    public synchronized Instant closedUntil() {
        return closedUntil;
    }

    private List<Runnable> takeWaiting() {
        List<Runnable> wake = List.copyOf(waiting);
        waiting.clear();
        return wake;
    }
}
