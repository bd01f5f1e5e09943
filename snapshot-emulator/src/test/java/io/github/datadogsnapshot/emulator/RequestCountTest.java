package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestCountTest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR = new DatadogEmulatorExtension();

    @Test
    void shouldCountRecordedRequestsForOtherProcessesWithoutCountingItself() {
        EmulatorClient client = new EmulatorClient(EMULATOR.get());
        assertThat(client.getText("/emulator/requests", Map.of()).body()).contains("\"count\":0");

        client.getText("/api/v1/validate", keys("wrong", null));
        client.getText("/nowhere", Map.of());

        assertThat(client.getText("/emulator/requests", Map.of()).body()).contains("\"count\":2");
        assertThat(client.getText("/emulator/requests?path=/api/", Map.of()).body()).contains("\"count\":1");
        assertThat(EMULATOR.get().requests()).hasSize(2);
    }
}
