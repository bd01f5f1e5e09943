package io.github.datadogsnapshot.client.config;

import java.net.URI;
import java.time.Instant;

/**
 * A snapshot Datadog has accepted; its image may still be rendering.
 *
 * @param url       where the image will be served
 * @param createdAt when the answer arrived
 * @param attempts  how many requests it took (retries after 5xx or I/O errors count, waits for a rate-limit reset do not)
 */
public record Snapshot(URI url, Instant createdAt, int attempts) {
}
