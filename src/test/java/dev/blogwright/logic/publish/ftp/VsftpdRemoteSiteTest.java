package dev.blogwright.logic.publish.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteContract;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The FTPS target against vsftpd, which refuses a data connection that does not resume the control connection's
 * TLS session ({@code require_ssl_reuse}, its default): every part of the target's contract, and a plain Commons Net
 * client as the control, refused, so the test knows the server really asks for reuse.
 */
class VsftpdRemoteSiteTest extends RemoteSiteContract {
    @RegisterExtension
    static final LoopbackVsftpd VSFTPD = new LoopbackVsftpd();
    private String folder;

    @Override
    protected RemoteSite openEmptySite() throws IOException {
        folder = VSFTPD.freshFolder();
        return reopen();
    }

    @Override
    protected RemoteSite reopen() throws IOException {
        TargetUrl url = TargetUrl.parse("ftps://anonymous@127.0.0.1:" + VSFTPD.port() + "/" + folder);
        return new FtpRemoteSiteFactory().open(url, EmbeddedFtpServer.passwordAndCertificate(VSFTPD.fingerprint()));
    }

    @Test
    void dataConnectionsResumeTheControlSessionWhereTheServerRequiresIt() throws IOException {
        int before = VSFTPD.log().length();
        try (RemoteSite site = openEmptySite()) {
            // Two uploads and a download: each data connection resumes the session, not only the first.
            site.upload("index.html", file("i", "<p>over TLS</p>"), new UploadHints("text/html", null));
            site.upload("style.css", file("s", "p {}"), new UploadHints("text/css", null));
            assertThat(site.read("index.html")).hasValueSatisfying(b -> assertThat(new String(b)).contains("TLS"));
        }
        String log = VSFTPD.log().substring(before);
        assertThat(log).contains("OK UPLOAD", "OK DOWNLOAD").doesNotContain("session reuse required")
                .containsOnlyOnce("OK LOGIN");
    }

    @Test
    void aClientThatDoesNotResumeIsRefused() throws IOException {
        FTPSClient plain = new FTPSClient(false);
        plain.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
        try {
            plain.connect("127.0.0.1", VSFTPD.port());
            assertThat(plain.login("anonymous", "x")).isTrue();
            plain.execPBSZ(0);
            plain.execPROT("P");
            plain.enterLocalPassiveMode();
            plain.setFileType(FTP.BINARY_FILE_TYPE);
            assertThat(plain.storeFile(VSFTPD.freshFolder() + ".html", new ByteArrayInputStream(new byte[] {1})))
                    .isFalse();
        } finally {
            plain.disconnect();
        }
        assertThat(VSFTPD.log()).contains("session reuse required");
    }
}
