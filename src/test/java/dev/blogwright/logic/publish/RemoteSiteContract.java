package dev.blogwright.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link RemoteSite} must do, run against each real target (a folder, loopback sshd, S3Proxy, a bare Git
 * repository, an embedded FTP server) by a subclass that says how to open a fresh, empty one. Subclasses whose server
 * cannot start skip themselves with a JUnit assumption in {@link #openEmptySite()}.
 */
public abstract class RemoteSiteContract {
    @TempDir
    protected Path local;

    /** A site over a fresh, empty root (a new folder, bucket prefix or branch) for each test. */
    protected abstract RemoteSite openEmptySite() throws IOException;

    /** The same root opened again, as the next deploy would (for Git: after {@code finish}, a new clone). */
    protected abstract RemoteSite reopen() throws IOException;

    protected Path file(String name, String content) throws IOException {
        Path p = local.resolve(name.replace('/', '_'));
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static Map<String, RemoteFile> byPath(List<RemoteFile> files) {
        return files.stream().collect(Collectors.toMap(RemoteFile::path, Function.identity()));
    }

    @Test
    void anEmptyRootListsNothingAndReadsNothing() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            assertThat(site.list()).isEmpty();
            assertThat(site.read("index.html")).isEmpty();
        }
    }

    @Test
    void uploadedFilesAreListedWithSizeAndHashAndReadBack() throws IOException {
        Path page = file("index.html", "<!doctype html><title>Hi</title>");
        Path deep = file("posts/a b/ünï.html", "<p>deep</p>");
        try (RemoteSite site = openEmptySite()) {
            site.upload("index.html", page, new UploadHints("text/html; charset=utf-8", "max-age=60"));
            site.upload("posts/a b/ünï.html", deep, new UploadHints("text/html; charset=utf-8", null));
            site.finish("first deploy");
        }
        try (RemoteSite site = reopen()) {
            Map<String, RemoteFile> files = byPath(site.list());
            assertThat(files).containsOnlyKeys("index.html", "posts/a b/ünï.html");
            assertThat(files.get("index.html").size()).isEqualTo(Files.size(page));
            if (site.digest() != Digest.NONE) {
                assertThat(files.get("index.html").hash()).isEqualTo(site.digest().of(page));
            }
            assertThat(site.read("posts/a b/ünï.html")).hasValueSatisfying(
                    b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("<p>deep</p>"));
        }
    }

    @Test
    void anUploadReplacesAndADeleteRemovesIdempotently() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("a.css", file("a1", "old"), new UploadHints("text/css", null));
            site.upload("b/c.txt", file("c", "c"), new UploadHints("text/plain", null));
            site.finish("one");
        }
        try (RemoteSite site = reopen()) {
            site.upload("a.css", file("a2", "newer and longer"), new UploadHints("text/css", null));
            site.delete("b/c.txt");
            site.delete("never/was.txt");
            site.finish("two");
        }
        try (RemoteSite site = reopen()) {
            Map<String, RemoteFile> files = byPath(site.list());
            assertThat(files).containsOnlyKeys("a.css");
            assertThat(site.read("a.css")).hasValueSatisfying(
                    b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("newer and longer"));
        }
    }

    @Test
    void anUploadLeavesNoTemporaryFileBehind() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            for (int i = 0; i < 5; i++) {
                site.upload("same.html", file("v" + i, "version " + i), new UploadHints("text/html", null));
            }
            site.finish("five writes");
        }
        try (RemoteSite site = reopen()) {
            assertThat(site.list()).extracting(RemoteFile::path).containsExactly("same.html");
        }
    }
}
