package dev.blogwright.logic.publish.ftp;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logged-in control connection, set up the way a deploy needs it (passive, binary, UTF-8 names, hidden files
 * listed, a private data channel on FTPS), and able to log in again after the server dropped it.
 */
final class FtpConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FtpConnection.class);

    /**
     * @param password never logged; an empty array for none
     * @param implicit TLS from the connection's first byte (port 990 by tradition) rather than after AUTH TLS
     * @param trustedFingerprint the FTPS certificate fingerprint the user accepted, or null
     */
    record Settings(String host, int port, String user, char[] password, boolean tls, boolean implicit,
            String trustedFingerprint) {
        String server() {
            return host + ":" + port;
        }

        @Override
        public String toString() {
            return "Settings[" + (tls ? "ftps://" : "ftp://") + user + "@" + server() + "]";
        }
    }

    private final Settings settings;
    private final FtpErrors errors;
    private FTPClient client;

    FtpConnection(Settings settings, FtpErrors errors) {
        this.settings = settings;
        this.errors = errors;
    }

    /** The logged-in client, connecting first when there is none. */
    FTPClient client() throws IOException {
        if (client == null || !client.isConnected()) {
            client = connect();
        }
        return client;
    }

    /** Drops the current connection (it is gone or broken) and logs in anew. */
    FTPClient reconnect() throws IOException {
        disconnectQuietly();
        client = connect();
        return client;
    }

    private FTPClient connect() throws IOException {
        PinnedCertificateTrust trust = settings.tls() ? new PinnedCertificateTrust(settings.trustedFingerprint())
                : null;
        FTPClient c = trust == null ? new FTPClient() : tls(trust, settings.implicit());
        c.setControlEncoding("UTF-8");
        c.setConnectTimeout((int) Duration.ofSeconds(15).toMillis());
        c.setDefaultTimeout((int) Duration.ofSeconds(60).toMillis());
        c.setDataTimeout(Duration.ofSeconds(60));
        c.setBufferSize(64 * 1024);
        try {
            c.connect(settings.host(), settings.port());
            if (!FTPReply.isPositiveCompletion(c.getReplyCode())) {
                throw new PublishException(Problem.UNREACHABLE, "The FTP server " + settings.server()
                        + " turned the connection away (" + FtpErrors.oneLine(c.getReplyString()) + ")", null);
            }
            if (!c.login(settings.user(), new String(settings.password()))) {
                throw errors.loginRefused(settings.user(), c.getReplyString());
            }
            if (c instanceof FTPSClient tls) {
                // Without PROT P only the control channel is encrypted and the files travel in the clear.
                tls.execPBSZ(0);
                tls.execPROT("P");
            }
            // Some servers (IIS, FileZilla Server) only speak UTF-8 names after this; the others ignore it.
            c.sendCommand("OPTS", "UTF8 ON");
            c.enterLocalPassiveMode();
            if (!c.setFileType(FTP.BINARY_FILE_TYPE)) {
                throw errors.reply(c.getReplyCode(), c.getReplyString(), "binary transfers");
            }
            c.setListHiddenFiles(true);
            c.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
            LOG.debug("Connected to {}", settings);
            return c;
        } catch (SSLException e) {
            disconnectQuietly(c);
            throw tlsProblem(trust, e);
        } catch (PublishException e) {
            disconnectQuietly(c);
            throw e;
        } catch (IOException e) {
            disconnectQuietly(c);
            throw errors.io(e, "connection");
        }
    }

    private static FTPSClient tls(PinnedCertificateTrust trust, boolean implicit) {
        FTPSClient c;
        try {
            // Data connections resume the control connection's TLS session, as vsftpd and others require.
            c = new FTPSClient(implicit, SessionReusingTls.context(trust));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has TLS", e);
        }
        // Host name checked as HTTPS does, for certificates the JDK trusts; a pinned one is matched by fingerprint.
        c.setEndpointCheckingEnabled(true);
        return c;
    }

    private PublishException tlsProblem(PinnedCertificateTrust trust, SSLException e) {
        String refused = trust == null ? null : trust.refusedFingerprint();
        if (refused == null) {
            return new PublishException(Problem.OTHER, "TLS with the FTP server " + settings.server() + " failed: "
                    + FtpErrors.oneLine(e.getMessage()), e);
        }
        if (settings.trustedFingerprint() != null) {
            return new PublishException(Problem.HOST_KEY_CHANGED, "The certificate of the FTP server "
                    + settings.server() + " changed since you accepted it: it is now " + refused, refused, e);
        }
        return new PublishException(Problem.HOST_KEY_UNKNOWN, "The certificate of the FTP server "
                + settings.server() + " is not signed by an authority this computer trusts; accept it once if "
                + "its fingerprint is " + refused, refused, e);
    }

    @Override
    public void close() {
        if (client != null && client.isConnected()) {
            try {
                client.logout();
            } catch (IOException e) {
                LOG.debug("Logout from {} failed; disconnecting anyway", settings, e);
            }
        }
        disconnectQuietly();
    }

    private void disconnectQuietly() {
        if (client != null) {
            disconnectQuietly(client);
            client = null;
        }
    }

    private static void disconnectQuietly(FTPClient c) {
        try {
            if (c.isConnected()) {
                c.disconnect();
            }
        } catch (IOException e) {
            LOG.debug("Disconnect failed", e);
        }
    }
}
