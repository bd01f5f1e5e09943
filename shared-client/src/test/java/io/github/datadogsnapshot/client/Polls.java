package io.github.datadogsnapshot.client;

import io.github.datadogsnapshot.client.config.PollPolicy;
import java.time.Duration;

/** Poll policies for tests. */
public final class Polls {

    private Polls() {
    }

    /** Every image looked at every {@code interval}, the first time after {@code interval}. */
    public static PollPolicy every(Duration interval) {
        PollPolicy.Steps steps = new PollPolicy.Steps(interval, 0, interval);
        return new PollPolicy(steps, steps, 0, interval, interval, interval);
    }
}
