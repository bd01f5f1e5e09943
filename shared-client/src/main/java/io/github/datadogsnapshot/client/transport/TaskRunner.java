package io.github.datadogsnapshot.client.transport;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one client: one timer thread for every delay and deadline, and a pool of request threads, at most
 * {@code concurrency} requests in flight. A graph waiting for its image is a timer, not a thread. Idle threads end
 * after 30 s, so an idle client holds none. A given executor replaces both (its owner shuts it down). Work marked
 * first (a graph's snapshot request) runs before any other work waiting for a thread, so that every graph is
 * requested before any numbers query or second look takes a thread.
 */
public final class TaskRunner implements AutoCloseable {

    /** A scheduled task that can be called off. */
    @FunctionalInterface
    public interface Cancellable {
        void cancel();
    }

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final ScheduledExecutorService timers;
    private final ExecutorService requests;
    private final boolean owned;
    private final Queue<Runnable> first = new ConcurrentLinkedQueue<>();
    private final Queue<Runnable> rest = new ConcurrentLinkedQueue<>();

    /** Own threads: one timer thread and up to {@code concurrency} request threads. */
    public TaskRunner(int concurrency) {
        String prefix = "datadog-snapshot-" + CLIENTS.incrementAndGet() + "-";
        ScheduledThreadPoolExecutor timerPool = new ScheduledThreadPoolExecutor(1, threads(prefix + "timer"));
        timerPool.setRemoveOnCancelPolicy(true);
        timerPool.setKeepAliveTime(30, TimeUnit.SECONDS);
        timerPool.allowCoreThreadTimeOut(true);
        ThreadPoolExecutor requestPool = new ThreadPoolExecutor(concurrency, concurrency, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads(prefix + "http"));
        requestPool.allowCoreThreadTimeOut(true);
        this.timers = timerPool;
        this.requests = requestPool;
        this.owned = true;
    }

    /** Everything on {@code executor}, which its owner shuts down. */
    public TaskRunner(ScheduledExecutorService executor) {
        this.timers = executor;
        this.requests = executor;
        this.owned = false;
    }

    /** Runs {@code task} on a request thread as soon as one is free. */
    public void execute(Runnable task) {
        execute(task, false);
    }

    /** Runs {@code task} on a request thread as soon as one is free, before other work when {@code first}. */
    public void execute(Runnable task, boolean first) {
        (first ? this.first : rest).add(task);
        requests.execute(this::runNext);
    }

    /** Runs {@code task} on a request thread after {@code delay}. */
    public Cancellable schedule(Duration delay, Runnable task) {
        return schedule(delay, task, false);
    }

    /** Runs {@code task} on a request thread after {@code delay}, before other work then waiting when {@code first}. */
    public Cancellable schedule(Duration delay, Runnable task, boolean first) {
        ScheduledFuture<?> future = timers.schedule(() -> execute(task, first), Math.max(0, delay.toNanos()),
                TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    /** Each call runs one waiting task, the first-marked ones before the rest; one call is queued per task. */
    private void runNext() {
        Runnable task = first.poll();
        if (task == null) {
            task = rest.poll();
        }
        if (task != null) {
            task.run();
        }
    }

    /** Runs a short {@code task} (no I/O) on the timer thread after {@code delay}. */
    public Cancellable alarm(Duration delay, Runnable task) {
        ScheduledFuture<?> future = timers.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    /** Stops the client's own threads; running requests are interrupted. */
    @Override
    public void close() {
        if (owned) {
            requests.shutdownNow();
            timers.shutdownNow();
            try {
                requests.awaitTermination(2, TimeUnit.SECONDS);
                timers.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
