package dev.blogwright.logic.publish.ftp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;

/**
 * A connected socket that names another port as its peer's: the JDK looks up the TLS session to offer by the host
 * and port of the socket it layers TLS over, so a data connection under the control connection's port is offered
 * the control connection's session (see {@link SessionReusingTls}). Everything else is the connection's own.
 */
final class NamedPortSocket extends Socket {
    private final Socket connection;
    private final int port;

    NamedPortSocket(Socket connection, int port) {
        this.connection = connection;
        this.port = port;
    }

    @Override
    public int getPort() {
        return port;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return connection.getInputStream();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return connection.getOutputStream();
    }

    @Override
    public synchronized void close() throws IOException {
        connection.close();
    }

    @Override
    public void shutdownInput() throws IOException {
        connection.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        connection.shutdownOutput();
    }

    @Override
    public boolean isInputShutdown() {
        return connection.isInputShutdown();
    }

    @Override
    public boolean isOutputShutdown() {
        return connection.isOutputShutdown();
    }

    @Override
    public boolean isConnected() {
        return connection.isConnected();
    }

    @Override
    public boolean isBound() {
        return connection.isBound();
    }

    @Override
    public boolean isClosed() {
        return connection.isClosed();
    }

    @Override
    public InetAddress getInetAddress() {
        return connection.getInetAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return connection.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return connection.getLocalPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return connection.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return connection.getLocalSocketAddress();
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        connection.setSoTimeout(timeout);
    }

    @Override
    public int getSoTimeout() throws SocketException {
        return connection.getSoTimeout();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        connection.setTcpNoDelay(on);
    }

    @Override
    public boolean getTcpNoDelay() throws SocketException {
        return connection.getTcpNoDelay();
    }

    @Override
    public void setSoLinger(boolean on, int linger) throws SocketException {
        connection.setSoLinger(on, linger);
    }

    @Override
    public int getSoLinger() throws SocketException {
        return connection.getSoLinger();
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        connection.setKeepAlive(on);
    }

    @Override
    public boolean getKeepAlive() throws SocketException {
        return connection.getKeepAlive();
    }

    @Override
    public void setSendBufferSize(int size) throws SocketException {
        connection.setSendBufferSize(size);
    }

    @Override
    public int getSendBufferSize() throws SocketException {
        return connection.getSendBufferSize();
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        connection.setReceiveBufferSize(size);
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        return connection.getReceiveBufferSize();
    }
}
