package example.checkout;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/** The demo's "system under test": a tiny checkout endpoint with a few milliseconds of work per order. */
public final class CheckoutService implements AutoCloseable {

    private final HttpServer server;

    private CheckoutService(HttpServer server) {
        this.server = server;
    }

    /** Starts the service on a free port of 127.0.0.1. */
    public static CheckoutService start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/checkout", exchange -> {
            busyFor(2 + ThreadLocalRandom.current().nextInt(6));
            byte[] body = "{\"status\":\"accepted\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return new CheckoutService(server);
    }

    /** Where the service answers, e.g. {@code http://127.0.0.1:41234/checkout}. */
    public String checkoutUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/checkout";
    }

    private static void busyFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
