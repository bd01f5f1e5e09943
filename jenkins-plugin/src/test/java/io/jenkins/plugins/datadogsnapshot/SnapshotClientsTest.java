package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnapshotClientsTest {

    private final List<SnapshotClient> created = new ArrayList<>();
    private final List<SnapshotClient> closed = new ArrayList<>();
    private final SnapshotClients clients = new SnapshotClients(
            settings -> {
                SnapshotClient client = new SnapshotClient(settings);
                created.add(client);
                return client;
            },
            closed::add);

    @AfterEach
    void closeAll() {
        created.forEach(SnapshotClient::close);
    }

    private static ClientSettings settings(String host, String apiKey, Duration timeout) {
        return ClientSettings.builder(ApiEndpoint.custom("http://" + host + ":8080"), Credentials.of(apiKey, "app-key"))
                .timeout(timeout)
                .build();
    }

    @Test
    void shouldShareOneClientPerEndpointKeysAndTimeout() {
        SnapshotClient first;
        SnapshotClient second;
        try (SnapshotClients.Lease a = clients.lease(settings("a", "key-1", Duration.ofMinutes(3)));
                SnapshotClients.Lease b = clients.lease(settings("a", "key-1", Duration.ofMinutes(3)))) {
            first = a.client();
            second = b.client();
        }

        assertThat(second).isSameAs(first);
        assertThat(created).containsExactly(first);
    }

    @Test
    void shouldKeepClientsApartWhenKeysEndpointOrTimeoutDiffer() {
        try (SnapshotClients.Lease a = clients.lease(settings("a", "key-1", Duration.ofMinutes(3)));
                SnapshotClients.Lease b = clients.lease(settings("a", "key-2", Duration.ofMinutes(3)));
                SnapshotClients.Lease c = clients.lease(settings("b", "key-1", Duration.ofMinutes(3)));
                SnapshotClients.Lease d = clients.lease(settings("a", "key-1", Duration.ofMinutes(1)))) {
            assertThat(List.of(a.client(), b.client(), c.client(), d.client())).doesNotHaveDuplicates();
        }
        assertThat(created).hasSize(4);
        assertThat(closed).isEmpty();
    }

    @Test
    void shouldCloseTheLeastRecentlyUsedIdleClientBeyondTheLimit() {
        for (int i = 0; i <= SnapshotClients.MAX_IDLE; i++) {
            clients.lease(settings("host" + i, "key", Duration.ofMinutes(3))).close();
        }

        assertThat(closed).containsExactly(created.get(0));
        // The others are still offered: leasing them again makes no new client; the evicted one is made anew.
        for (int i = 1; i <= SnapshotClients.MAX_IDLE; i++) {
            clients.lease(settings("host" + i, "key", Duration.ofMinutes(3))).close();
        }
        assertThat(created).hasSize(SnapshotClients.MAX_IDLE + 1);
        try (SnapshotClients.Lease again = clients.lease(settings("host0", "key", Duration.ofMinutes(3)))) {
            assertThat(again.client()).isNotSameAs(created.get(0));
        }
    }

    @Test
    void shouldCloseAnEvictedClientOnlyWhenItsLastLeaseEnds() {
        SnapshotClients.Lease held = clients.lease(settings("held", "key", Duration.ofMinutes(3)));
        for (int i = 0; i < SnapshotClients.MAX_IDLE; i++) {
            clients.lease(settings("host" + i, "key", Duration.ofMinutes(3))).close();
        }
        assertThat(closed).isEmpty();

        held.close();
        held.close();

        assertThat(closed).containsExactly(held.client());
    }

    @Test
    void shouldCloseIdleClientsAtOnceAndLeasedOnesWhenTheirCaptureEnds() {
        SnapshotClients.Lease busy = clients.lease(settings("a", "key-1", Duration.ofMinutes(3)));
        clients.lease(settings("b", "key-1", Duration.ofMinutes(3))).close();

        clients.closeAll();

        assertThat(closed).containsExactly(created.get(1));
        try (SnapshotClients.Lease fresh = clients.lease(settings("a", "key-1", Duration.ofMinutes(3)))) {
            assertThat(fresh.client()).as("closeAll forgets every client").isNotSameAs(busy.client());
        }
        busy.close();
        assertThat(closed).containsExactly(created.get(1), created.get(0));
    }
}
