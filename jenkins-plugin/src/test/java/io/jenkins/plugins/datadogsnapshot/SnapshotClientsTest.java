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
        assertThat(clients.size()).isEqualTo(1);
    }

    @Test
    void shouldKeepClientsApartWhenKeysEndpointOrTimeoutDiffer() {
        try (SnapshotClients.Lease a = clients.lease(settings("a", "key-1", Duration.ofMinutes(3)));
                SnapshotClients.Lease b = clients.lease(settings("a", "key-2", Duration.ofMinutes(3)));
                SnapshotClients.Lease c = clients.lease(settings("b", "key-1", Duration.ofMinutes(3)));
                SnapshotClients.Lease d = clients.lease(settings("a", "key-1", Duration.ofMinutes(1)))) {
            assertThat(List.of(a.client(), b.client(), c.client(), d.client())).doesNotHaveDuplicates();
        }
        assertThat(clients.size()).isEqualTo(4);
    }

    @Test
    void shouldCloseTheLeastRecentlyUsedIdleClientBeyondTheLimit() {
        for (int i = 0; i <= SnapshotClients.MAX_IDLE; i++) {
            clients.lease(settings("host" + i, "key", Duration.ofMinutes(3))).close();
        }

        assertThat(clients.size()).isEqualTo(SnapshotClients.MAX_IDLE);
        assertThat(closed).containsExactly(created.get(0));
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

        assertThat(clients.size()).isZero();
        assertThat(closed).containsExactly(created.get(1));
        busy.close();
        assertThat(closed).containsExactly(created.get(1), created.get(0));
    }
}
