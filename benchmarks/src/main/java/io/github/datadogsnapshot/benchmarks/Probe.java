package io.github.datadogsnapshot.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Watches one run from a thread of its own: the client's threads at their peak (sampled every 10 ms), the bytes
 * allocated and the CPU time used by the client side and by the emulator (per-thread counters, so the emulator,
 * which shares the JVM, can be told apart), the whole process's CPU time, the CPU time other processes of the machine
 * used meanwhile (from {@code /proc/stat}; noise), and the JVM's peak heap (which includes the emulator: an upper
 * bound).
 */
final class Probe {

    /** What a run looked like from the inside. */
    record Sample(int peakClientThreads, double peakHeapMiB, double clientAllocatedMiB, double emulatorAllocatedMiB,
                  double clientCpuMillis, double emulatorCpuMillis, double processCpuMillis, double otherCpuMillis) {
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final double MIB = 1024.0 * 1024.0;

    private final Predicate<String> clientThread;
    private final Thread sampler;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Map<Long, long[]> allocated = new HashMap<>(); // thread id -> {at start, last seen}
    private final Map<Long, long[]> cpu = new HashMap<>(); // thread id -> {at start, last seen}, nanoseconds
    private long processCpuAtStart;
    private long machineBusyAtStart;
    private final Map<Long, Side> sides = new HashMap<>();
    private volatile boolean running = true;
    private int peakClientThreads;

    private enum Side { CLIENT, EMULATOR, OTHER }

    private Probe(Predicate<String> clientThread) {
        this.clientThread = clientThread;
        this.sampler = new Thread(this::sampleUntilStopped, "benchmark-probe");
        this.sampler.setDaemon(true);
    }

    /**
     * Collects garbage, resets the heap peaks, notes what every live thread has allocated so far, and starts
     * sampling. {@code clientThread} tells the client's threads by name (the benchmark's main thread, which runs the
     * scripts and waits for the capture, always counts as the client side, never as a client thread).
     */
    static Probe start(Predicate<String> clientThread) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Probe probe = new Probe(clientThread);
        for (Thread thread : liveThreads()) {
            long bytes = THREADS.getThreadAllocatedBytes(thread.getId());
            long nanos = THREADS.getThreadCpuTime(thread.getId());
            probe.allocated.put(thread.getId(), new long[] {bytes, bytes});
            probe.cpu.put(thread.getId(), new long[] {nanos, nanos});
            probe.sides.put(thread.getId(), probe.side(thread.getName()));
        }
        probe.processCpuAtStart = PROCESS.getProcessCpuTime();
        probe.machineBusyAtStart = machineBusyNanos();
        probe.sampler.start();
        return probe;
    }

    /** Stops sampling; call it while the client's threads are still alive. */
    Sample stop() throws InterruptedException {
        running = false;
        sampler.join();
        sample();
        long processCpu = PROCESS.getProcessCpuTime() - processCpuAtStart;
        long machineBusy = machineBusyNanos() - machineBusyAtStart;
        double other = machineBusyAtStart < 0 ? Double.NaN : Math.max(0, machineBusy - processCpu) / 1e6;
        return new Sample(peakClientThreads, peakHeapBytes() / MIB, sum(allocated, Side.CLIENT) / MIB,
                sum(allocated, Side.EMULATOR) / MIB, sum(cpu, Side.CLIENT) / 1e6, sum(cpu, Side.EMULATOR) / 1e6,
                processCpu / 1e6, other);
    }

    /**
     * The CPU time all processes of the machine have used since boot (the first line of {@code /proc/stat}, all but
     * idle and iowait, in clock ticks of 10 ms), or -1 where there is no {@code /proc/stat}.
     */
    private static long machineBusyNanos() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user nice system idle iowait irq softirq steal
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * 10_000_000L;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private long sum(Map<Long, long[]> counters, Side side) {
        long total = 0;
        for (Map.Entry<Long, long[]> e : counters.entrySet()) {
            if (sides.get(e.getKey()) == side) {
                total += e.getValue()[1] - e.getValue()[0];
            }
        }
        return total;
    }

    private void sampleUntilStopped() {
        while (running) {
            sample();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        int clientThreads = 0;
        for (Thread thread : liveThreads()) {
            if (thread == sampler) {
                continue;
            }
            String name = thread.getName();
            if (clientThread.test(name)) {
                clientThreads++;
            }
            long id = thread.getId();
            long bytes = THREADS.getThreadAllocatedBytes(id);
            long nanos = THREADS.getThreadCpuTime(id);
            if (bytes >= 0 && nanos >= 0) {
                allocated.computeIfAbsent(id, k -> new long[] {0, 0})[1] = bytes;
                cpu.computeIfAbsent(id, k -> new long[] {0, 0})[1] = nanos;
                sides.putIfAbsent(id, side(name));
            }
        }
        peakClientThreads = Math.max(peakClientThreads, clientThreads);
    }

    private Side side(String name) {
        if (name.equals("main") || clientThread.test(name)) {
            return Side.CLIENT;
        }
        if (name.startsWith("datadog-emulator-") || name.equals("HTTP-Dispatcher")) {
            return Side.EMULATOR;
        }
        return Side.OTHER;
    }

    /** The sum of the heap pools' peaks since the start: at least the true peak of the whole heap. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static Thread[] liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() * 2 + 16];
        int count = root.enumerate(threads, true);
        return java.util.Arrays.copyOf(threads, count);
    }
}
