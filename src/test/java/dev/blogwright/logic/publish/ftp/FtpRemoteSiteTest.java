package dev.blogwright.logic.publish.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteContract;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FTP target against Apache FtpServer on loopback: the shared contract, long listings, a dropped line. */
class FtpRemoteSiteTest extends RemoteSiteContract {
    private static final UploadHints HTML = new UploadHints("text/html", null);
    private String folder;

    static TargetUrl url(String scheme, String user, String folder) {
        return TargetUrl.parse(scheme + "://" + user + "@127.0.0.1:" + EmbeddedFtpServer.shared().port() + "/"
                + folder);
    }

    @Override
    protected RemoteSite openEmptySite() throws IOException {
        folder = EmbeddedFtpServer.shared().freshFolder();
        return reopen();
    }

    @Override
    protected RemoteSite reopen() throws IOException {
        return new FtpRemoteSiteFactory().open(url("ftp", "writer", folder),
                EmbeddedFtpServer.password(EmbeddedFtpServer.PASSWORD));
    }

    @Test
    void hiddenFilesAndOddNamesAreListed() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload(".htaccess", file("h", "Options -Indexes"), new UploadHints("text/plain", null));
            site.upload(".well-known/security.txt", file("s", "Contact: x"), new UploadHints("text/plain", null));
            site.upload("-dash/#hash [x].html", file("d", "<p>"), HTML);
            // FtpServer's MLSD leaves out dot files (RFC 3659 lists every entry; LIST -a shows them here too).
            assertThat(site.list()).extracting(RemoteFile::path).contains("-dash/#hash [x].html");
        }
        try (RemoteSite withList = new FtpRemoteSiteFactory(false).open(url("ftp", "writer", folder),
                EmbeddedFtpServer.password(EmbeddedFtpServer.PASSWORD))) {
            assertThat(withList.list()).extracting(RemoteFile::path)
                    .containsExactlyInAnyOrder(".htaccess", ".well-known/security.txt", "-dash/#hash [x].html");
        }
        Path root = EmbeddedFtpServer.shared().home("writer").resolve(folder);
        assertThat(root.resolve(".well-known/security.txt")).hasContent("Contact: x");
    }

    @Test
    void aListingOfMoreThanTwelveThousandFilesComesBackWholeWithMlsdAndWithList() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            // Written straight into the server's folder: 12,500 STORs would take minutes, the listing is the point.
            Path root = EmbeddedFtpServer.shared().home("writer").resolve(folder);
            for (int i = 0; i < 12_500; i++) {
                Path f = root.resolve(i < 12_100 ? "posts/p" + i + ".html" : "tags/t" + (i % 7) + "/p" + i + ".html");
                Files.createDirectories(f.getParent());
                Files.writeString(f, "post " + i, StandardCharsets.UTF_8);
            }
            assertAllListed(site.list());
        }
        try (RemoteSite withList = new FtpRemoteSiteFactory(false).open(url("ftp", "writer", folder),
                EmbeddedFtpServer.password(EmbeddedFtpServer.PASSWORD))) {
            assertAllListed(withList.list());
        }
    }

    private static void assertAllListed(List<RemoteFile> files) {
        assertThat(files).hasSize(12_500);
        assertThat(files).extracting(RemoteFile::path).doesNotHaveDuplicates()
                .contains("posts/p0.html", "posts/p12099.html", "tags/t0/p12103.html");
        assertThat(files).allSatisfy(f -> assertThat(f.size())
                .isEqualTo(("post " + f.path().replaceAll(".*/p(\\d+)\\.html", "$1")).length()));
    }

    @Test
    void aConnectionTheServerDroppedIsOpenedAgainOnce() throws Exception {
        String sleepyFolder = EmbeddedFtpServer.shared().freshFolder();
        try (RemoteSite site = new FtpRemoteSiteFactory().open(url("ftp", "sleepy", sleepyFolder),
                EmbeddedFtpServer.password(EmbeddedFtpServer.PASSWORD))) {
            site.upload("a.html", file("a", "first"), HTML);
            // The server closes this user's connections after one idle second.
            Thread.sleep(2_500);
            site.upload("b.html", file("b", "second"), HTML);
            Thread.sleep(2_500);
            assertThat(site.list()).extracting(RemoteFile::path).containsExactlyInAnyOrder("a.html", "b.html");
        }
        assertThat(EmbeddedFtpServer.shared().home("sleepy").resolve(sleepyFolder).resolve("b.html"))
                .hasContent("second");
    }

    @Test
    void aServerThatWillNotRenameOverAFileStillGetsItReplaced() throws IOException {
        String strictFolder = EmbeddedFtpServer.shared().freshFolder();
        int refusedBefore = EmbeddedFtpServer.shared().refusedRenames.get();
        try (RemoteSite site = new FtpRemoteSiteFactory().open(url("ftp", "strict", strictFolder),
                EmbeddedFtpServer.password(EmbeddedFtpServer.PASSWORD))) {
            site.upload("a.html", file("one", "one"), HTML);
            site.upload("a.html", file("two", "two, longer"), HTML);
            assertThat(site.list()).extracting(RemoteFile::path).containsExactly("a.html");
        }
        assertThat(EmbeddedFtpServer.shared().refusedRenames.get()).isEqualTo(refusedBefore + 1);
        Path root = EmbeddedFtpServer.shared().home("strict").resolve(strictFolder);
        assertThat(root.resolve("a.html")).hasContent("two, longer");
        try (var files = Files.list(root)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aDeleteRemovesTheFoldersItLeftEmptyButNoOthers() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("a/b/c.html", file("c", "c"), HTML);
            site.upload("a/keep.html", file("k", "k"), HTML);
            site.delete("a/b/c.html");
        }
        Path root = EmbeddedFtpServer.shared().home("writer").resolve(folder);
        assertThat(root.resolve("a/b")).doesNotExist();
        assertThat(root.resolve("a/keep.html")).exists();
    }

    @Test
    void thePathIsReadRelativeToTheLoginFolderAsCurlDoes() {
        assertThat(FtpPaths.root("", "/")).isEmpty();
        assertThat(FtpPaths.root("/site/", "/")).isEqualTo("/site");
        assertThat(FtpPaths.root("/public_html", "/home/ann")).isEqualTo("/home/ann/public_html");
        assertThat(FtpPaths.root("//var/www", "/home/ann")).isEqualTo("/var/www");
        assertThat(FtpPaths.root("", "/home/ann/")).isEqualTo("/home/ann");
    }
}
