package dev.blogwright.logic.publish.ftp;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * An FTPS data connection that resumes the control connection's TLS session (see {@link SessionReusingTls}): a
 * plain connection to the data port with the JDK's TLS layered over it under the control connection's host and
 * port. The layering does no I/O; the handshake starts with the first byte sent or read, after the server has
 * answered the transfer command, as with Commons Net's own data sockets. Not an {@link SSLSocket}, so Commons Net
 * leaves the handshake to it.
 *
 * <p>The JDK resumes a TLS 1.3 session once and learns the next one (the server's new ticket) only by reading from
 * the resumed connection, which an upload never does; so before closing, this socket says it is done sending and
 * reads what the server still sends until the server closes, for at most {@link #DRAIN_MS}: the ticket the next
 * data connection resumes from.
 */
final class DataSocket extends ForwardingSocket {
    private final SSLSocketFactory tls;
    private final String controlHost;
    private final int controlPort;
    /** How long a closing data connection waits for the server's last TLS records (its next session ticket). */
    static final int DRAIN_MS = 2000;
    private volatile SSLSocket layered;
    private volatile boolean used;
    private boolean closed;

    DataSocket(SSLSocketFactory tls, String controlHost, int controlPort) {
        super(new Socket());
        this.tls = tls;
        this.controlHost = controlHost;
        this.controlPort = controlPort;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        inner.connect(endpoint, timeout);
        try {
            SSLSocket socket = (SSLSocket) tls.createSocket(new NamedPortSocket(inner, controlPort), controlHost,
                    controlPort, true);
            socket.setUseClientMode(true);
            layered = socket;
        } catch (IOException | RuntimeException e) {
            inner.close();
            throw e;
        }
    }

    private SSLSocket layered() throws SocketException {
        SSLSocket socket = layered;
        if (socket == null) {
            throw new SocketException("Socket is not connected");
        }
        return socket;
    }

    /** Closing the stream closes this socket, as Commons Net expects, through {@link #close()}. */
    @Override
    public InputStream getInputStream() throws IOException {
        used = true;
        return new FilterInputStream(layered().getInputStream()) {
            @Override
            public void close() throws IOException {
                DataSocket.this.close();
            }
        };
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        used = true;
        return new FilterOutputStream(layered().getOutputStream()) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
                DataSocket.this.close();
            }
        };
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        SSLSocket socket = layered;
        try {
            if (socket != null && used) {
                drain(socket);
            }
        } finally {
            try {
                if (socket != null) {
                    socket.close();
                }
            } finally {
                inner.close();
            }
        }
    }

    /** Ends the sending side and reads until the server closes: its new session ticket is among what comes. */
    private static void drain(SSLSocket socket) {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(DRAIN_MS);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // What a download left unread is of no use any more; only the TLS records on the way count.
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The server closed first, or TLS 1.2 (no half-close): nothing more to learn.
        }
    }

    @Override
    public void shutdownInput() throws IOException {
        layered().shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        layered().shutdownOutput();
    }

    @Override
    public String toString() {
        return "DataSocket[" + inner + ", session of " + controlHost + ":" + controlPort + "]";
    }
}
