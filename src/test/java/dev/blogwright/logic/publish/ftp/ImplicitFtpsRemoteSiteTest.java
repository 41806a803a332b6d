package dev.blogwright.logic.publish.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteContract;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The FTPS target with {@code ?tls=implicit} (TLS from the first byte, as older servers on port 990 speak it) against
 * Apache FtpServer's implicit listener: the whole contract, with the files encrypted too.
 */
class ImplicitFtpsRemoteSiteTest extends RemoteSiteContract {
    private String folder;

    private static TargetUrl url(String folder) {
        return TargetUrl.parse("ftps://writer@127.0.0.1:" + EmbeddedFtpServer.shared().implicitPort() + "/" + folder
                + "?tls=implicit");
    }

    @Override
    protected RemoteSite openEmptySite() throws IOException {
        folder = EmbeddedFtpServer.shared().freshFolder();
        return reopen();
    }

    @Override
    protected RemoteSite reopen() throws IOException {
        return new FtpRemoteSiteFactory().open(url(folder),
                EmbeddedFtpServer.passwordAndCertificate(EmbeddedFtpServer.shared().fingerprint()));
    }

    @Test
    void filesTravelEncrypted() throws IOException {
        int before = EmbeddedFtpServer.shared().secureUploads.get();
        try (RemoteSite site = openEmptySite()) {
            site.upload("index.html", file("i", "<p>secret draft</p>"), new UploadHints("text/html", null));
        }
        assertThat(EmbeddedFtpServer.shared().secureUploads.get()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownTlsModeIsOneLine() {
        assertThatThrownBy(() -> new FtpRemoteSiteFactory().open(TargetUrl.parse(
                "ftps://writer@127.0.0.1:1/x?tls=sometimes"), EmbeddedFtpServer.password("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tls= takes implicit or explicit, on an "
                        + "ftps:// target");
    }
}
