package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.KeyCheck;
import java.time.Duration;
import java.util.Objects;

/**
 * The "Test connection" button: the client's key check ({@link SnapshotClient#checkKeys()}), which creates no
 * snapshot and says which key is wrong, mapped onto the form's OK, warning and error.
 */
final class ConnectionCheck {

    /** How the check ended, mapped to the form's OK, warning and error. */
    enum Outcome {
        OK,
        WARNING,
        ERROR
    }

    /** The outcome and what to tell the user. */
    record Result(Outcome outcome, String message) {
        Result {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(message, "message");
        }
    }

    private final ApiEndpoint endpoint;
    private final Duration timeout;
    private final ProxySettings proxy;

    /** @param proxy Jenkins' HTTP proxy, or null */
    ConnectionCheck(ApiEndpoint endpoint, Duration timeout, @CheckForNull ProxySettings proxy) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.proxy = proxy;
    }

    Result check(Credentials keys) {
        ClientSettings settings = ProxySettings.apply(
                        proxy,
                        endpoint,
                        ClientSettings.builder(endpoint, keys)
                                .connectTimeout(timeout)
                                .responseTimeout(timeout)
                                .concurrency(1))
                .build();
        try (SnapshotClient client = new SnapshotClient(settings)) {
            return map(client.checkKeys());
        }
    }

    static Result map(KeyCheck check) {
        Outcome outcome =
                switch (check.verdict()) {
                    case BOTH_VALID -> Outcome.OK;
                    case APPLICATION_KEY_UNCHECKED -> Outcome.WARNING;
                    case API_KEY_WRONG, APPLICATION_KEY_WRONG, NOT_CHECKED -> Outcome.ERROR;
                };
        return new Result(outcome, check.message());
    }
}
