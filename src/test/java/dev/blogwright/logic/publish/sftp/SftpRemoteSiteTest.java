package dev.blogwright.logic.publish.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteContract;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import dev.blogwright.testing.LoopbackSshd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The shared contract, and SFTP's own promises, against Debian's OpenSSH on loopback. */
class SftpRemoteSiteTest extends RemoteSiteContract {
    @RegisterExtension
    static final LoopbackSshd SSHD = new LoopbackSshd();

    @TempDir
    Path server;
    private Path root;
    private SftpRemoteSiteFactory factory;

    @BeforeEach
    void trustTheServer() throws IOException {
        factory = new SftpRemoteSiteFactory(SSHD.sshDirWithKnownHosts(local.resolve("home"), SSHD.knownHostsLine()));
        root = server.resolve("www/site"); // not there yet: the first upload makes it
    }

    private TargetUrl url() {
        return TargetUrl.parse("sftp://" + SSHD.user() + "@" + SSHD.host() + ":" + SSHD.port() + root.toUri().getRawPath());
    }

    private TargetAccess key() {
        return new TargetAccess(null, SSHD.clientKey(), null, null, null);
    }

    @Override
    protected RemoteSite openEmptySite() throws IOException {
        return factory.open(url(), key());
    }

    @Override
    protected RemoteSite reopen() throws IOException {
        return factory.open(url(), key());
    }

    @Test
    void uploadsLandOnTheServersDiskWithTheirParents() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("2026/12/post/index.html", file("p", "<p>post</p>"), UploadHints.BINARY);
        }
        assertThat(root.resolve("2026/12/post/index.html")).hasContent("<p>post</p>");
    }

    @Test
    void deletingTheLastFileOfAFolderRemovesTheEmptyFolders() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("a/b/c.html", file("c", "c"), UploadHints.BINARY);
            site.upload("a/keep.html", file("k", "k"), UploadHints.BINARY);
            site.delete("a/b/c.html");
        }
        assertThat(root.resolve("a/b")).doesNotExist();
        assertThat(root.resolve("a/keep.html")).exists();
    }

    @Test
    void aTemporaryFileLeftByACutOffUploadIsHiddenAndRemovedByTheNextDeploy() throws IOException {
        Files.createDirectories(root.resolve("posts"));
        Path leftover = Files.writeString(root.resolve("posts/.x.html.bw-0badf00d.tmp"), "half a page");
        Files.writeString(root.resolve("posts/x.html"), "the old page");
        try (RemoteSite site = openEmptySite()) {
            assertThat(site.list()).extracting(RemoteFile::path).containsExactly("posts/x.html");
            site.finish("next deploy");
        }
        assertThat(leftover).doesNotExist();
        assertThat(root.resolve("posts/x.html")).hasContent("the old page");
    }

    @Test
    void aFileAtTheRootPathIsRefused() throws IOException {
        Files.createDirectories(root.getParent());
        Files.writeString(root, "not a folder");
        assertThat(SshCases.failure(() -> factory.open(url(), key()).close()).problem())
                .isEqualTo(PublishException.Problem.NOT_FOUND);
    }
}
