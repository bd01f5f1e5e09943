package example.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The integration stage the Datadog graphs are about: a few seconds of load against the checkout service. In a real
 * project this would be the performance or end-to-end suite; the capture goal's window covers exactly this stage.
 */
class CheckoutLoadIT {

    private static final Duration STAGE = Duration.ofSeconds(Long.getLong("demo.stageSeconds", 4));

    @Test
    void checkoutKeepsUpUnderLoad() throws Exception {
        try (CheckoutService service = CheckoutService.start()) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(service.checkoutUrl())).GET().build();
            AtomicLong orders = new AtomicLong();
            long deadline = System.nanoTime() + STAGE.toNanos();
            ExecutorService users = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(users.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, response.statusCode());
                        orders.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
            users.shutdown();
            assertTrue(users.awaitTermination(10, TimeUnit.SECONDS));
            System.out.printf("Load stage: %d orders in %d s%n", orders.get(), STAGE.toSeconds());
            assertTrue(orders.get() > 0);
        }
    }
}
