package io.github.datadogsnapshot.client.transport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * On a busy machine the deadline timer may fire late, after the socket's own time out: the exchange must still end
 * as "the deadline passed", not as an I/O error that reads like a network problem.
 */
class HttpTransportDeadlineTest {

    /** A clock the test moves. */
    static final class SteppedClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void shouldEndAsTheDeadlinePassedWhenTheSocketTimesOutBeforeTheLateDeadlineTimer() throws Exception {
        SteppedClock clock = new SteppedClock();
        CountDownLatch answer = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            clock.advance(Duration.ofSeconds(1)); // the deadline passes while the answer is held back
            try {
                answer.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        ScheduledExecutorService busyTimer = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch timerFree = new CountDownLatch(1);
        busyTimer.execute(() -> {
            try {
                timerFree.await(60, TimeUnit.SECONDS); // the only timer thread is taken: the deadline timer is late
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom("http://127.0.0.1:"
                + server.getAddress().getPort()), Credentials.of("k1", "k2")).clock(clock).build();
        HttpTransport transport = new HttpTransport(settings, "test", new TaskRunner(busyTimer));
        try {
            Instant deadline = clock.instant().plusMillis(300);
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/query");

            assertThatThrownBy(() -> transport.getJson(uri, settings.credentials(), deadline, new Exchange()))
                    .isInstanceOf(Exchange.DeadlinePassed.class).hasMessageContaining("with no answer");
        } finally {
            timerFree.countDown();
            answer.countDown();
            transport.close();
            server.stop(0);
            serverThreads.shutdownNow();
            busyTimer.shutdownNow();
        }
    }
}
