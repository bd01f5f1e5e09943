package io.jenkins.plugins.datadogsnapshot;

import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The snapshot clients of this Jenkins, one per endpoint, key pair and timeout, shared by all builds. Sharing
 * matters: a client holds the connection pool and the rate-limit pause, so concurrent builds of one Datadog
 * organization wait for the same reset instead of each spending the budget. Clients are leased; one that
 * has not been used by the last {@value #MAX_IDLE} distinct configurations is closed once no build holds it.
 */
final class SnapshotClients {

    static final int MAX_IDLE = 8;

    private static final SnapshotClients SHARED = new SnapshotClients(SnapshotClient::new, SnapshotClient::close);

    private final Function<ClientSettings, SnapshotClient> factory;
    private final Consumer<SnapshotClient> closer;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    /**
     * @param factory makes a client for settings not seen yet
     * @param closer  closes a client that is no longer offered
     */
    SnapshotClients(Function<ClientSettings, SnapshotClient> factory, Consumer<SnapshotClient> closer) {
        this.factory = factory;
        this.closer = closer;
    }

    /** The clients of this Jenkins. */
    static SnapshotClients shared() {
        return SHARED;
    }

    /** A client for these settings, the same one for equal endpoint, keys and timeout; close the lease when done. */
    synchronized Lease lease(ClientSettings settings) {
        Key key = Key.of(settings);
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry(factory.apply(settings));
            entries.put(key, entry);
        }
        entry.leases++;
        evictIdle();
        return new Lease(this, entry);
    }

    /** Closes every client: idle ones now, leased ones when their capture ends. For Jenkins' shutdown. */
    synchronized void closeAll() {
        for (Entry entry : entries.values()) {
            entry.evicted = true;
            if (entry.leases == 0) {
                closer.accept(entry.client);
            }
        }
        entries.clear();
    }

    private synchronized void release(Entry entry) {
        entry.leases--;
        if (entry.evicted && entry.leases == 0) {
            closer.accept(entry.client);
        }
    }

    /** Closes the least recently used clients beyond {@link #MAX_IDLE}; one in use closes on its last release. */
    private void evictIdle() {
        Iterator<Entry> it = entries.values().iterator();
        int excess = entries.size() - MAX_IDLE;
        while (excess > 0 && it.hasNext()) {
            Entry oldest = it.next();
            it.remove();
            excess--;
            oldest.evicted = true;
            if (oldest.leases == 0) {
                closer.accept(oldest.client);
            }
        }
    }

    /** A client in use by one capture. */
    static final class Lease implements AutoCloseable {
        private final SnapshotClients owner;
        private final Entry entry;
        private boolean closed;

        private Lease(SnapshotClients owner, Entry entry) {
            this.owner = owner;
            this.entry = entry;
        }

        SnapshotClient client() {
            return entry.client;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                owner.release(entry);
            }
        }
    }

    private static final class Entry {
        final SnapshotClient client;
        int leases;
        boolean evicted;

        Entry(SnapshotClient client) {
            this.client = client;
        }
    }

    /**
     * What makes two clients interchangeable. The keys enter only as a SHA-256 digest, so the map never holds
     * them in a form that a heap dump or a debugger's toString would show.
     */
    private record Key(
            ApiEndpoint endpoint, String keysDigest, String keysSource, Duration timeout, String proxyDigest) {
        static Key of(ClientSettings settings) {
            Credentials c = settings.credentials();
            String proxy = settings.proxy().map(Object::toString).orElse("")
                    + '\n'
                    + settings.proxyUser().orElse("")
                    + '\n'
                    + settings.proxyPassword().map(String::new).orElse("");
            return new Key(
                    settings.endpoint(),
                    sha256(c.apiKey() + '\n' + c.applicationKey()),
                    c.source(),
                    settings.timeout(),
                    sha256(proxy));
        }

        private static String sha256(String text) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-256", e);
            }
        }
    }
}
