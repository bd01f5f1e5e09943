package io.github.datadogsnapshot.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    @Test
    void shouldRunWorkMarkedFirstBeforeOtherWorkAlreadyWaitingForAThread() throws Exception {
        ScheduledExecutorService oneThread = Executors.newSingleThreadScheduledExecutor();
        try {
            TaskRunner runner = new TaskRunner(oneThread);
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(5);
            List<String> order = new ArrayList<>();
            runner.execute(() -> awaitQuietly(busy)); // the only thread is taken while the rest is queued
            runner.execute(() -> record(order, "numbers query", done));
            runner.execute(() -> record(order, "second look", done));
            runner.execute(() -> record(order, "create 9", done), true);
            runner.execute(() -> record(order, "numbers query 2", done));
            runner.execute(() -> record(order, "create 10", done), true);
            busy.countDown();

            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(order).containsExactly("create 9", "create 10", "numbers query", "second look",
                    "numbers query 2");
        } finally {
            oneThread.shutdownNow();
        }
    }

    private static void record(List<String> order, String what, CountDownLatch done) {
        synchronized (order) {
            order.add(what);
        }
        done.countDown();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
