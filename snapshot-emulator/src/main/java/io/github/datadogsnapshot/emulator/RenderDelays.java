package io.github.datadogsnapshot.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The render time of each new snapshot: fixed, or drawn uniformly between a shortest and a longest time from a
 * seeded random sequence, so that a benchmark run can be repeated. Remembers what it drew. Thread-safe.
 */
final class RenderDelays {

    private final Duration min;
    private final Duration max;
    private final long seed;
    private Random random;
    private final List<Duration> drawn = new ArrayList<>();

    RenderDelays(Duration min, Duration max, long seed) {
        this.min = min;
        this.max = max;
        this.seed = seed;
        this.random = new Random(seed);
    }

    synchronized Duration next() {
        long spread = max.toNanos() - min.toNanos();
        Duration delay = spread == 0 ? min : min.plusNanos((long) (random.nextDouble() * spread));
        drawn.add(delay);
        return delay;
    }

    synchronized List<Duration> drawn() {
        return List.copyOf(drawn);
    }

    /** Starts the sequence over, as if new. */
    synchronized void restart() {
        random = new Random(seed);
        drawn.clear();
    }
}
