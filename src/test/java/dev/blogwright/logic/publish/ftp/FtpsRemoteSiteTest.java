package dev.blogwright.logic.publish.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteContract;
import dev.blogwright.logic.publish.UploadHints;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The FTPS target (explicit TLS) against Apache FtpServer with a self-signed certificate: trusted once its
 * fingerprint was accepted, refused before that, and the files themselves travel encrypted.
 */
class FtpsRemoteSiteTest extends RemoteSiteContract {
    private String folder;

    @Override
    protected RemoteSite openEmptySite() throws IOException {
        folder = EmbeddedFtpServer.shared().freshFolder();
        return reopen();
    }

    @Override
    protected RemoteSite reopen() throws IOException {
        return new FtpRemoteSiteFactory().open(FtpRemoteSiteTest.url("ftps", "writer", folder),
                EmbeddedFtpServer.passwordAndCertificate(EmbeddedFtpServer.shared().fingerprint()));
    }

    @Test
    void filesTravelEncryptedOnAPrivateDataChannel() throws IOException {
        int before = EmbeddedFtpServer.shared().secureUploads.get();
        try (RemoteSite site = openEmptySite()) {
            site.upload("index.html", file("i", "<p>secret draft</p>"), new UploadHints("text/html", null));
        }
        assertThat(EmbeddedFtpServer.shared().secureUploads.get()).isEqualTo(before + 1);
    }

    @Test
    void aCertificateNoAuthoritySignedIsRefusedWithItsFingerprint() {
        assertThatThrownBy(() -> new FtpRemoteSiteFactory().open(FtpRemoteSiteTest.url("ftps", "writer", "x"),
                EmbeddedFtpServer.password(EmbeddedFtpServer.PASSWORD)))
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.HOST_KEY_UNKNOWN);
                    assertThat(e.fingerprint()).isEqualTo(EmbeddedFtpServer.shared().fingerprint());
                    assertThat(e.getMessage()).doesNotContain("\n").endsWith(e.fingerprint());
                });
    }

    @Test
    void aCertificateOtherThanTheAcceptedOneIsAChangedKey() {
        assertThatThrownBy(() -> new FtpRemoteSiteFactory().open(FtpRemoteSiteTest.url("ftps", "writer", "x"),
                EmbeddedFtpServer.passwordAndCertificate("SHA256:somethingElseEntirely")))
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.HOST_KEY_CHANGED);
                    assertThat(e.fingerprint()).isEqualTo(EmbeddedFtpServer.shared().fingerprint());
                });
    }
}
