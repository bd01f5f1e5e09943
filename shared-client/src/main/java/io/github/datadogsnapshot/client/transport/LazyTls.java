package io.github.datadogsnapshot.client.transport;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The default TLS set-up of the HTTP pool, made when the first HTTPS connection needs it: building it reads the
 * JDK's trust store, which a capture over plain HTTP (an emulator, a local proxy) never needs and which otherwise
 * delays every client's construction. Thread-safe.
 */
final class LazyTls implements TlsSocketStrategy {

    private volatile TlsSocketStrategy tls;

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return tls().upgrade(socket, target, port, attachment, context);
    }

    private TlsSocketStrategy tls() {
        TlsSocketStrategy made = tls;
        if (made == null) {
            synchronized (this) {
                made = tls;
                if (made == null) {
                    made = DefaultClientTlsStrategy.createDefault();
                    tls = made;
                }
            }
        }
        return made;
    }
}
