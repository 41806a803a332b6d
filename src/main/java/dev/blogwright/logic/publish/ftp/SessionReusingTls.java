package dev.blogwright.logic.publish.ftp;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * TLS for an FTPS connection whose data connections resume the control connection's TLS session. vsftpd (its
 * {@code require_ssl_reuse}, on by default) and other servers refuse a data connection that starts a session of its
 * own, since reuse is how they know it comes from the client that logged in. The JDK offers a cached session only
 * to a socket whose peer has the same host and port, and a data connection goes to another port. Commons Net's
 * {@code FTPSClient} makes each data socket from the context's factory, unconnected, and starts its handshake once
 * connected; here that socket does its own TLS instead: once connected, it layers the JDK's TLS over a view of the
 * connection that names the control connection's port ({@link NamedPortSocket}), so the JDK offers the control
 * connection's session. No reflection into the JDK's session cache, as the usual workaround does.
 */
final class SessionReusingTls {
    private SessionReusingTls() {
    }

    /** A context that trusts through {@code trust}, for one FTPS control connection and its data connections. */
    static SSLContext context(TrustManager trust) throws GeneralSecurityException {
        SSLContext real = SSLContext.getInstance("TLS");
        real.init(null, new TrustManager[] {trust}, null);
        return new Context(new Spi(real), real);
    }

    /** SSLContext's constructor is protected: a subclass is how a context with its own socket factory is made. */
    private static final class Context extends SSLContext {
        Context(SSLContextSpi spi, SSLContext real) {
            super(spi, real.getProvider(), real.getProtocol());
        }
    }

    /** Everything as the real context does it, but for the socket factory. */
    private static final class Spi extends SSLContextSpi {
        private final SSLContext real;
        private final SSLSocketFactory sockets;

        Spi(SSLContext real) {
            this.real = real;
            this.sockets = new Factory(real.getSocketFactory());
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            real.init(km, tm, sr);
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return sockets;
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return real.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return real.createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return real.createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return real.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return real.getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return real.getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return real.getSupportedSSLParameters();
        }
    }

    /**
     * Layers the control connection (the first socket layered) as the JDK does, remembering its host and port; makes
     * each unconnected socket (a data connection) a {@link DataSocket} that resumes the control connection's session.
     */
    private static final class Factory extends SSLSocketFactory {
        private final SSLSocketFactory real;
        private volatile String controlHost;
        private volatile int controlPort;

        Factory(SSLSocketFactory real) {
            this.real = real;
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            if (controlHost == null) {
                controlHost = host;
                controlPort = port;
            }
            return real.createSocket(socket, host, port, autoClose);
        }

        @Override
        public Socket createSocket() throws IOException {
            if (controlHost == null) {
                return real.createSocket();
            }
            return new DataSocket(real, controlHost, controlPort);
        }

        @Override
        public Socket createSocket(Socket socket, InputStream consumed, boolean autoClose) throws IOException {
            return real.createSocket(socket, consumed, autoClose);
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return real.createSocket(host, port);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return real.createSocket(host, port, localHost, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return real.createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return real.createSocket(address, port, localAddress, localPort);
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return real.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return real.getSupportedCipherSuites();
        }
    }
}
