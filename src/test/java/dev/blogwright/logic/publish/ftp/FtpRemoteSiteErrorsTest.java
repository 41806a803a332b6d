package dev.blogwright.logic.publish.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way an FTP deploy can be refused gives one line that says which, and leaves no half-written file. */
class FtpRemoteSiteErrorsTest {
    private static final UploadHints HTML = new UploadHints("text/html", null);
    @TempDir
    Path local;

    @Test
    void aWrongPasswordIsAnAuthenticationProblem() {
        assertThatThrownBy(() -> new FtpRemoteSiteFactory().open(FtpRemoteSiteTest.url("ftp", "writer", ""),
                EmbeddedFtpServer.password("guess")))
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.AUTHENTICATION);
                    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("guess").contains("writer");
                });
    }

    @Test
    void aReadOnlyUserGetsAPermissionProblemAndTheOldFileStays() throws IOException {
        Path home = EmbeddedFtpServer.shared().home("reader");
        Files.writeString(home.resolve("index.html"), "old page", StandardCharsets.UTF_8);
        try (RemoteSite site = new FtpRemoteSiteFactory().open(FtpRemoteSiteTest.url("ftp", "reader", ""),
                EmbeddedFtpServer.password(EmbeddedFtpServer.PASSWORD))) {
            assertThatThrownBy(() -> site.upload("index.html", page("new page"), HTML))
                    .isInstanceOfSatisfying(PublishException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.PERMISSION);
                        assertThat(e.getMessage()).doesNotContain("\n").contains("upload of index.html");
                    });
            assertThatThrownBy(() -> site.delete("index.html")).isInstanceOfSatisfying(PublishException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.PERMISSION));
        }
        assertThat(home.resolve("index.html")).hasContent("old page");
        try (var files = Files.list(home)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("index.html");
        }
    }

    @Test
    void aFullAccountIsAQuotaProblemAndLeavesNoPartFile() throws IOException {
        try (RemoteSite site = new FtpRemoteSiteFactory().open(FtpRemoteSiteTest.url("ftp", "full", "site"),
                EmbeddedFtpServer.password(EmbeddedFtpServer.PASSWORD))) {
            assertThatThrownBy(() -> site.upload("big/index.html", page("too much"), HTML))
                    .isInstanceOfSatisfying(PublishException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.QUOTA);
                        assertThat(e.getMessage()).contains("552");
                    });
            assertThat(site.list()).isEmpty();
        }
        try (var files = Files.walk(EmbeddedFtpServer.shared().home("full"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> new FtpRemoteSiteFactory().open(TargetUrl.parse("ftp://writer@127.0.0.1:" + port
                + "/"), EmbeddedFtpServer.password("x")))
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("Cannot reach the FTP server 127.0.0.1:" + port);
                });
    }

    @Test
    void aMissingLocalFileIsALocalErrorAndTouchesNothingRemote() throws IOException {
        try (RemoteSite site = new FtpRemoteSiteFactory().open(FtpRemoteSiteTest.url("ftp", "writer", "local-error"),
                EmbeddedFtpServer.password(EmbeddedFtpServer.PASSWORD))) {
            assertThatThrownBy(() -> site.upload("a.html", local.resolve("gone.html"), HTML))
                    .isInstanceOf(NoSuchFileException.class).isNotInstanceOf(PublishException.class);
            assertThat(site.list()).isEmpty();
        }
    }

    @Test
    void quotaAndPermissionRepliesAreToldApart() {
        FtpErrors errors = new FtpErrors("h:21");
        assertThat(errors.reply(452, "452 Insufficient storage space\r\n", "upload").problem())
                .isEqualTo(Problem.QUOTA);
        assertThat(errors.reply(553, "553 Not allowed\r\n", "upload").problem()).isEqualTo(Problem.PERMISSION);
        assertThat(errors.reply(500, "500 What?\r\n", "upload").getMessage())
                .isEqualTo("The FTP server h:21 refused upload (500 What?)");
    }

    private Path page(String content) throws IOException {
        Path p = Files.createTempFile(local, "page", ".html");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
