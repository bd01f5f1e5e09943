package io.github.datadogsnapshot.client;

import java.time.Duration;

/** Waits. Injected so that tests replace waiting by advancing a clock. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps the current thread. */
    Sleeper SYSTEM = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
