package dev.blogwright.logic.publish.ftp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * A connected socket that names another port as its peer's: the JDK looks up the TLS session to offer by the host
 * and port of the socket it layers TLS over, so a data connection under the control connection's port is offered
 * the control connection's session (see {@link SessionReusingTls}). Everything else is the connection's own.
 */
final class NamedPortSocket extends ForwardingSocket {
    private final int port;

    NamedPortSocket(Socket connection, int port) {
        super(connection);
        this.port = port;
    }

    @Override
    public int getPort() {
        return port;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return inner.getInputStream();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return inner.getOutputStream();
    }

    @Override
    public synchronized void close() throws IOException {
        inner.close();
    }

}
