package io.github.datadogsnapshot.client.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StepChainTest {

    private final TaskRunner runner = new TaskRunner(1);

    @AfterEach
    void close() {
        runner.close();
    }

    /** Ends with "failed: message" or "interrupted". */
    private final class Chain extends StepChain<String> {
        Chain() {
            super(runner, Clock.systemUTC());
        }

        @Override
        String failed(SnapshotException failure) {
            return "failed: " + failure.getMessage();
        }

        @Override
        String interrupted() {
            return "interrupted";
        }
    }

    @Test
    void shouldEndAsInterruptedWhenAStepFailsOddlyBecauseItWasCalledOff() throws Exception {
        // What HttpClient does to a request whose connection the abort released under it.
        assertThat(failAfterCancel(new IllegalStateException("Endpoint not acquired / already released")))
                .isEqualTo("interrupted");
    }

    @Test
    void shouldEndAsInterruptedWhenAStepFailsWithAnIoErrorBecauseItWasCalledOff() throws Exception {
        assertThat(failAfterCancel(new ClientSideException("could not reach the host: socket closed", true, null)))
                .isEqualTo("interrupted");
    }

    @Test
    void shouldEndWithTheFailureOfAStepThatWasNotCalledOff() throws Exception {
        Chain chain = new Chain();
        chain.execute(() -> {
            throw new IllegalStateException("a bug");
        }, null);

        assertThat(chain.result().get(10, TimeUnit.SECONDS))
                .isEqualTo("failed: unexpected error: java.lang.IllegalStateException: a bug");
    }

    private String failAfterCancel(RuntimeException failure) throws Exception {
        Chain chain = new Chain();
        CountDownLatch inStep = new CountDownLatch(1);
        CountDownLatch calledOff = new CountDownLatch(1);
        chain.execute(() -> {
            inStep.countDown();
            try {
                calledOff.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw failure;
        }, null);
        assertThat(inStep.await(10, TimeUnit.SECONDS)).isTrue();
        chain.cancel();
        calledOff.countDown();
        return chain.result().get(10, TimeUnit.SECONDS);
    }
}
