package io.github.datadogsnapshot.client.config;

import java.time.Duration;
import java.util.Objects;

/**
 * When the image URL of a snapshot is looked at while Datadog renders it. Each look is one GET of the image; the
 * policy only computes delays (tests assert them exactly), the capture schedules the looks.
 *
 * <p>The graphs of one capture are a batch. The {@code closeGraphs} graphs of a batch that have waited longest
 * follow the {@code close} steps; the others the cheaper {@code sparse} steps. Once graphs of the batch are done,
 * the rest are looked at more often: at most {@code batchStep × unfinished / total} apart (never more often than
 * {@code minDelay}). And when the first graph of a batch is ready, the others that have waited as long are looked
 * at right away. No delay exceeds {@code maxDelay}.
 *
 * @param close       the steps of the graphs that have waited longest
 * @param sparse      the steps of the others
 * @param closeGraphs how many graphs of a batch follow the close steps
 * @param batchStep   the delay bound while the whole batch is unfinished, shrinking as graphs finish
 * @param minDelay    the shortest delay between two looks at one image
 * @param maxDelay    the longest delay between two looks at one image
 */
public record PollPolicy(Steps close, Steps sparse, int closeGraphs, Duration batchStep, Duration minDelay,
                         Duration maxDelay) {

    /**
     * Fitted to renders of 0.5 to 3 s (what Datadog's renders typically take): the graphs that waited longest are
     * first looked at after 0.6 s, then every 0.15 × the time waited + 0.3 s; the others after 1 s, then every
     * 0.35 × the time waited + 0.6 s; as the batch completes, the rest at least every (unfinished / total) s, at
     * most every 0.1 s; never more than 3 s apart.
     */
    public static final PollPolicy DEFAULT = new PollPolicy(
            new Steps(Duration.ofMillis(600), 0.15, Duration.ofMillis(300)),
            new Steps(Duration.ofMillis(1000), 0.35, Duration.ofMillis(600)),
            2, Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(3));

    /**
     * One kind of step: the first look after {@code first}, each later one {@code proportional} times the time
     * waited so far plus {@code constant} after the one before.
     */
    public record Steps(Duration first, double proportional, Duration constant) {
        public Steps {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(constant, "constant");
            if (first.isNegative() || constant.isNegative() || proportional < 0) {
                throw new IllegalArgumentException("steps: first, proportional and constant must not be negative");
            }
        }

        Duration after(Duration waited) {
            return Duration.ofMillis(Math.round(waited.toMillis() * proportional) + constant.toMillis());
        }
    }

    public PollPolicy {
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(sparse, "sparse");
        Objects.requireNonNull(batchStep, "batchStep");
        Objects.requireNonNull(minDelay, "minDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (closeGraphs < 0) {
            throw new IllegalArgumentException("closeGraphs: " + closeGraphs + " must not be negative");
        }
        if (minDelay.isNegative() || minDelay.isZero() || maxDelay.compareTo(minDelay) < 0) {
            throw new IllegalArgumentException("minDelay/maxDelay: need 0 < minDelay <= maxDelay");
        }
    }

    /** The delay from the snapshot's creation to the first look. */
    public Duration firstDelay(boolean closeSteps) {
        return clamp((closeSteps ? close : sparse).first());
    }

    /**
     * The delay before the next look at an image that was not ready.
     *
     * @param waited     time since the snapshot was created
     * @param closeSteps whether the graph is among the {@code closeGraphs} that waited longest in its batch
     * @param unfinished graphs of the batch not yet stored or failed (this one included)
     * @param total      graphs in the batch
     */
    public Duration nextDelay(Duration waited, boolean closeSteps, int unfinished, int total) {
        Duration delay = (closeSteps ? close : sparse).after(waited);
        if (unfinished < total && total > 0) {
            Duration batchBound = Duration.ofMillis(batchStep.toMillis() * unfinished / total);
            delay = delay.compareTo(batchBound) > 0 ? batchBound : delay;
        }
        return clamp(delay);
    }

    private Duration clamp(Duration delay) {
        if (delay.compareTo(minDelay) < 0) {
            return minDelay;
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
