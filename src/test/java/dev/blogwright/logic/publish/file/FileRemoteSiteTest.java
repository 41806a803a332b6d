package dev.blogwright.logic.publish.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteContract;
import dev.blogwright.logic.publish.RemoteSites;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRemoteSiteTest extends RemoteSiteContract {
    @TempDir
    Path remote;

    private Path root() {
        return remote.resolve("www");
    }

    private RemoteSite open(Path root) throws IOException {
        return RemoteSites.standard().open(TargetUrl.parse(root.toUri().toString()), TargetAccess.NONE);
    }

    @Override
    protected RemoteSite openEmptySite() throws IOException {
        return open(root());
    }

    @Override
    protected RemoteSite reopen() throws IOException {
        return open(root());
    }

    @Test
    void aTemporaryFileLeftByAKilledUploadIsNeitherListedNorKept() throws IOException {
        Files.createDirectories(root().resolve("posts"));
        Path leftover = root().resolve("posts").resolve(FileRemoteSite.TEMP_PREFIX + "x");
        Files.writeString(leftover, "half a page");
        try (RemoteSite site = openEmptySite()) {
            assertThat(site.list()).isEmpty();
        }
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aDeleteRemovesTheFoldersItEmptiedButNotTheRoot() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("posts/a/index.html", file("a", "a"), new UploadHints("text/html", null));
            site.delete("posts/a/index.html");
        }
        assertThat(root()).isDirectory();
        assertThat(root().resolve("posts")).doesNotExist();
    }

    @Test
    void aPathOutsideTheRootIsRefused() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            assertThatThrownBy(() -> site.delete("../outside.txt")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNotFound() throws IOException {
        Files.writeString(remote.resolve("plain"), "not a folder");
        assertThatThrownBy(() -> open(remote.resolve("plain").resolve("www")))
                .isInstanceOf(PublishException.class)
                .satisfies(e -> assertThat(((PublishException) e).problem()).isEqualTo(PublishException.Problem.NOT_FOUND));
    }

    @Test
    void aGitBranchUrlIsNotAFolder() {
        assertThat(new FileRemoteSiteFactory().accepts(TargetUrl.parse("file:///srv/site.git#gh-pages"))).isFalse();
        assertThat(new FileRemoteSiteFactory().accepts(TargetUrl.parse("file:///srv/www"))).isTrue();
    }

    @Test
    void listedSizesAreTheBytesOnDisk() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("a.txt", file("a", "12345"), UploadHints.BINARY);
            assertThat(site.list()).containsExactly(new RemoteFile("a.txt", 5, null));
        }
    }
}
