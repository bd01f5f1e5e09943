package io.github.datadogsnapshot.client.config;

import java.time.Instant;

/**
 * The snapshot budget as the last answer's {@code X-RateLimit-*} headers stated it.
 *
 * @param limit         calls allowed per period
 * @param remaining     calls left in the current period
 * @param periodSeconds the length of a period
 * @param resetSeconds  seconds until the period resets, counted from {@code observedAt}
 * @param name          the limit's name, e.g. {@code snapshot}
 * @param observedAt    when the answer arrived
 */
public record RateLimitStatus(int limit, int remaining, long periodSeconds, long resetSeconds, String name,
                              Instant observedAt) {

    /**
     * The better-informed of two statuses: within one period (both reset at the same second) the lower
     * remaining budget, since concurrent answers may arrive in any order; otherwise the later observation.
     */
    public static RateLimitStatus latest(RateLimitStatus a, RateLimitStatus b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (Math.abs(a.resetsAt().getEpochSecond() - b.resetsAt().getEpochSecond()) <= 1) {
            return a.remaining() <= b.remaining() ? a : b;
        }
        return b.observedAt().isAfter(a.observedAt()) ? b : a;
    }

    /** When the current period ends. */
    public Instant resetsAt() {
        return observedAt.plusSeconds(resetSeconds);
    }
}
