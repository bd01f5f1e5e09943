package io.github.datadogsnapshot.client.transport;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;

/**
 * A connection that never logs what it sends. HttpClient's own connections write every request header (the
 * {@code DD-API-KEY} and {@code DD-APPLICATION-KEY} headers, a proxy's {@code Proxy-Authorization}) to the
 * {@code org.apache.hc.client5.http.headers} logger and every byte to {@code org.apache.hc.client5.http.wire} once
 * those are at DEBUG, as they are under {@code mvn -X}. This one skips both; answers are still logged.
 */
final class QuietConnection extends DefaultManagedHttpClientConnection {

    private static final AtomicLong COUNT = new AtomicLong();

    /** Creates quiet connections for the pool. */
    static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = socket -> {
        QuietConnection connection = new QuietConnection("datadog-snapshot-" + COUNT.incrementAndGet());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    };

    private QuietConnection(String id) {
        super(id);
    }

    /** Binds without the wire logger's socket wrapper. */
    @Override
    public void bind(Socket socket) throws IOException {
        bind(new SocketHolder(socket));
    }

    /** Binds without the wire logger's socket wrapper. */
    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        bind(new SocketHolder(sslSocket, socket));
    }

    /** Request headers carry the keys: not logged. */
    @Override
    protected void onRequestSubmitted(ClassicHttpRequest request) {
    }
}
