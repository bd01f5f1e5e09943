package io.github.datadogsnapshot.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a client in virtual time: every task on one thread, in the order of its due time on a {@link FakeTime};
 * when nothing is due, the clock jumps to the next task. Requests run on that thread too, so time stands still
 * while they are answered, and waits of minutes take milliseconds. Before each jump it waits briefly for tasks a
 * test thread is still submitting, and does not jump while the thread that made it is still running (not waiting).
 */
final class VirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private static final long SETTLE_MILLIS = 15;
    private static final long OWNER_PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final Thread owner = Thread.currentThread();
    private long ownerBusySince;

    private final FakeTime time;
    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Thread thread;
    private final List<Throwable> failures = new ArrayList<>();
    private boolean shutdown;

    VirtualScheduler(FakeTime time) {
        this.time = time;
        this.thread = new Thread(this::loop, "virtual-time");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        final Instant due;
        final long order = sequence.incrementAndGet();

        Task(Callable<V> callable, Instant due) {
            super(callable);
            this.due = due;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(time.instant(), due));
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> that = (Task<?>) other;
            int byTime = due.compareTo(that.due);
            return byTime != 0 ? byTime : Long.compare(order, that.order);
        }

        @Override
        public boolean cancel(boolean mayInterrupt) {
            boolean cancelled = super.cancel(false);
            synchronized (VirtualScheduler.this) {
                queue.remove(this);
            }
            return cancelled;
        }
    }

    private void loop() {
        while (true) {
            Task<?> next;
            synchronized (this) {
                try {
                    while (!shutdown && queue.isEmpty()) {
                        wait();
                    }
                    if (shutdown) {
                        return;
                    }
                    if (queue.peek().due.isAfter(time.instant())) {
                        long seen = sequence.get();
                        wait(SETTLE_MILLIS);
                        if (sequence.get() != seen || queue.isEmpty()) {
                            continue;
                        }
                        if (ownerStillSubmitting()) {
                            continue;
                        }
                        time.advanceTo(queue.peek().due);
                    }
                    ownerBusySince = 0;
                } catch (InterruptedException e) {
                    return;
                }
                next = queue.poll();
            }
            next.run();
            try {
                if (next.isDone() && !next.isCancelled()) {
                    next.get();
                }
            } catch (ExecutionException e) {
                synchronized (this) {
                    failures.add(e.getCause());
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Whether the thread that made this scheduler (the test's) is still running, so may still be submitting tasks:
     * on a busy machine it can take far longer than {@link #SETTLE_MILLIS} between two submissions, and time must
     * not jump meanwhile. Once it waits (for the capture's result, say), time may move. A test thread that keeps
     * running without waiting lets time move after {@link #OWNER_PATIENCE_NANOS} of real time.
     */
    private boolean ownerStillSubmitting() {
        Thread.State state = owner.getState();
        if (state != Thread.State.RUNNABLE && state != Thread.State.BLOCKED) {
            return false;
        }
        long now = System.nanoTime();
        if (ownerBusySince == 0) {
            ownerBusySince = now;
        }
        return now - ownerBusySince < OWNER_PATIENCE_NANOS;
    }

    /** Exceptions that escaped a task: a client task must never let one escape. */
    synchronized List<Throwable> failures() {
        return List.copyOf(failures);
    }

    private synchronized <V> Task<V> enqueue(Callable<V> callable, Duration delay) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        Task<V> task = new Task<>(callable, time.instant().plus(delay.isNegative() ? Duration.ZERO : delay));
        queue.add(task);
        notifyAll();
        return task;
    }

    @Override
    public void execute(Runnable command) {
        enqueue(java.util.concurrent.Executors.callable(command), Duration.ZERO);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return enqueue(java.util.concurrent.Executors.callable(command), Duration.of(delay, unit.toChronoUnit()));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(callable, Duration.of(delay, unit.toChronoUnit()));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("the client schedules single tasks only");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("the client schedules single tasks only");
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        notifyAll();
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown();
        synchronized (this) {
            List<Runnable> left = new ArrayList<>(queue);
            queue.clear();
            return left;
        }
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return isShutdown() && !thread.isAlive();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        thread.join(unit.toMillis(timeout));
        return !thread.isAlive();
    }
}
