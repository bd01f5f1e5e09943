package io.github.datadogsnapshot.emulator;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The HTTP server of a {@link DatadogEmulator}: 127.0.0.1, a fixed pool of daemon threads, one handler for all paths. */
final class EmulatorServer {

    private static final int THREADS = 16;

    private final HttpServer server;
    private final ExecutorService executor;

    private EmulatorServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on {@code port} of 127.0.0.1 ({@code 0}: a free one) and answers with {@code handler}.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    static EmulatorServer start(int port, HttpHandler handler) {
        AtomicInteger threadCount = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "datadog-emulator-" + threadCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("could not listen on 127.0.0.1:" + port
                    + " (is the port taken? use port 0 for a free one)", e);
        }
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        return new EmulatorServer(server, executor);
    }

    /** The port it listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    /** Stops answering at once. */
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }
}
