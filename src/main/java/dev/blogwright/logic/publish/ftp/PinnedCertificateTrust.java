package dev.blogwright.logic.publish.ftp;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts what the JDK trusts (a CA-signed certificate for the host name), else exactly the one certificate whose
 * fingerprint the user accepted for this target. Many FTPS hosts use a self-signed certificate: the user sees its
 * {@code SHA256:…} fingerprint once, as with an SSH host key, instead of turning verification off.
 */
final class PinnedCertificateTrust extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager system;
    private final String accepted;
    private volatile String refused;

    /** @param accepted the fingerprint the user accepted, or null */
    PinnedCertificateTrust(String accepted) {
        this.system = systemTrust();
        this.accepted = accepted;
    }

    /** The fingerprint of a certificate that was not trusted during the last handshake, or null. */
    String refusedFingerprint() {
        return refused;
    }

    static String fingerprint(X509Certificate cert) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(sha);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        try {
            system.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            pinned(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            system.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            pinned(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            system.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            pinned(chain, e);
        }
    }

    private void pinned(X509Certificate[] chain, CertificateException systemSaid) throws CertificateException {
        String fingerprint = fingerprint(chain[0]);
        if (!fingerprint.equals(accepted)) {
            refused = fingerprint;
            throw systemSaid;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("a client does not check clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("a client does not check clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client does not check clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    private static X509ExtendedTrustManager systemTrust() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's default trust store cannot be read", e);
        }
        throw new IllegalStateException("the JDK offers no X.509 trust manager");
    }
}
