package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The organization's budget for one endpoint as one client sees it, shared by all its captures: requests go out as
 * fast as the budget allows and no faster. Before anything is known of the current rate-limit window, one request
 * goes out first; its {@code X-RateLimit-*} headers tell how many more may follow. A successful answer without those
 * headers means no stated limit: from then on only the client's concurrency bounds the requests, until a 429 or an
 * answer's headers say otherwise. A first request that stays unanswered for {@link #DEFAULT_PATIENCE} no longer
 * holds the others back: one slow answer never blocks the endpoint. When the budget is used up, or a 429 names a
 * reset, every request waits for the reset instead of spending more 429s. Thread-safe.
 */
final class RateLimitBudget {

    /** How long the others wait for the first request's answer before they go anyway. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(1);

    /** What a request may do now. */
    public sealed interface Permit permits Granted, WaitUntil, Queued {
    }

    /** Send it now; call {@link #answered}, {@link #answeredWithoutLimit}, {@link #refused} or {@link #released}. */
    public record Granted() implements Permit {
    }

    /** The budget is used up until {@code until}: ask again then. */
    public record WaitUntil(Instant until) implements Permit {
    }

    /**
     * The budget depends on answers still outstanding: the callback is run once one arrives, or ask again at
     * {@code askAgainAt} if none has by then ({@link Instant#MAX}: only when one arrives).
     */
    public record Queued(Instant askAgainAt) implements Permit {
    }

    private static final Granted GRANTED = new Granted();

    private final Duration patience;
    private Instant closedUntil = Instant.MIN;
    /** The stated budget of the current window; null when none is stated. */
    private Integer remaining;
    private Instant resetsAt;
    /** An answer without rate-limit headers came, and no 429 or stated budget since. */
    private boolean unlimited;
    /** When the first request of an unknown budget went out; null when none is outstanding. */
    private Instant firstSentAt;
    private int inFlight;
    private final List<Runnable> waiting = new ArrayList<>();

    public RateLimitBudget() {
        this(DEFAULT_PATIENCE);
    }

    public RateLimitBudget(Duration patience) {
        this.patience = patience;
    }

    /**
     * Asks to send one request at {@code now}.
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
        if (remaining != null) {
            if (remaining - inFlight > 0) {
                return grant();
            }
            if (inFlight > 0) {
                return queue(onChange, Instant.MAX);
            }
            closedUntil = resetsAt;
            return new WaitUntil(resetsAt);
        }
        if (unlimited) {
            return grant();
        }
        if (firstSentAt == null) {
            firstSentAt = now; // the first request of an unknown budget, or the first asking while others are out
        }
        if (inFlight == 0) {
            return grant();
        }
        Instant patienceEnds = firstSentAt.plus(patience);
        if (!now.isBefore(patienceEnds)) {
            return grant(); // the first answer is slow: it does not hold the others back
        }
        return queue(onChange, patienceEnds);
    }

    /** A granted request was answered with these rate-limit headers. */
    public void answered(Instant now, RateLimitStatus seen) {
        List<Runnable> wake;
        synchronized (this) {
            ended();
            unlimited = false;
            if (remaining == null || seen.resetsAt().isAfter(resetsAt.plusSeconds(1))) {
                remaining = seen.remaining();
                resetsAt = seen.resetsAt();
            } else {
                // Answers of one window arrive in any order: the lowest budget stated is the true one.
                remaining = Math.min(remaining, seen.remaining());
            }
            wake = takeWaiting();
        }
        wake.forEach(Runnable::run);
    }

    /**
     * A granted request was answered successfully without rate-limit headers: no limit is stated, so concurrency
     * alone bounds the requests until a 429 or headers say otherwise. A budget already stated stays.
     */
    public void answeredWithoutLimit() {
        List<Runnable> wake;
        synchronized (this) {
            ended();
            if (remaining == null) {
                unlimited = true;
            }
            wake = takeWaiting();
        }
        wake.forEach(Runnable::run);
    }

    /** A granted request was answered 429 with a reset: every request waits until {@code until}. */
    public void refused(Instant until) {
        List<Runnable> wake;
        synchronized (this) {
            ended();
            if (until.isAfter(closedUntil)) {
                closedUntil = until;
            }
            remaining = null;
            unlimited = false;
            wake = takeWaiting();
        }
        wake.forEach(Runnable::run);
    }

    /** A granted request was answered 429 without a reset: there is a limit after all, its budget not stated. */
    public void refusedWithoutReset() {
        List<Runnable> wake;
        synchronized (this) {
            ended();
            unlimited = false;
            wake = takeWaiting();
        }
        wake.forEach(Runnable::run);
    }

    /** A granted request ended without an answer that says anything of the budget. */
    public void released() {
        List<Runnable> wake;
        synchronized (this) {
            ended();
            wake = takeWaiting();
        }
        wake.forEach(Runnable::run);
    }

    /** Forgets a queued callback whose request was called off or asks again by itself. */
    public synchronized void forget(Runnable onChange) {
        waiting.remove(onChange);
    }

    /** Until when every request waits, {@link Instant#MIN} when none does. */
    public synchronized Instant closedUntil() {
        return closedUntil;
    }

    private Granted grant() {
        inFlight++;
        return GRANTED;
    }

    private Queued queue(Runnable onChange, Instant askAgainAt) {
        if (!waiting.contains(onChange)) {
            waiting.add(onChange);
        }
        return new Queued(askAgainAt);
    }

    private void ended() {
        inFlight--;
        if (inFlight == 0) {
            firstSentAt = null;
        }
    }

    private List<Runnable> takeWaiting() {
        List<Runnable> wake = List.copyOf(waiting);
        waiting.clear();
        return wake;
    }
}
