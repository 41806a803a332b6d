package dev.blogwright.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy engine against an in-memory target that reports MD5s and lists in no particular order, so nothing
 * here leans on how a folder behaves.
 */
class DeployerTest {
    @TempDir
    Path bundle;

    /** A target in memory: path → bytes, listed newest first, with MD5 hashes like S3 ETags. */
    private static final class MemorySite implements RemoteSite {
        final Map<String, byte[]> files = new LinkedHashMap<>();
        final List<String> log = new ArrayList<>();
        final Map<String, UploadHints> hints = new TreeMap<>();

        @Override
        public Digest digest() {
            return Digest.MD5;
        }

        @Override
        public List<RemoteFile> list() throws IOException {
            List<RemoteFile> out = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                out.add(0, new RemoteFile(e.getKey(), e.getValue().length, md5(e.getValue())));
            }
            return out;
        }

        @Override
        public Optional<byte[]> read(String path) {
            return Optional.ofNullable(files.get(path));
        }

        @Override
        public void upload(String path, Path source, UploadHints h) throws IOException {
            files.put(path, Files.readAllBytes(source));
            hints.put(path, h);
            log.add("upload " + path);
        }

        @Override
        public void delete(String path) {
            files.remove(path);
            log.add("delete " + path);
        }

        @Override
        public void finish(String summary) {
            log.add("finish");
        }

        @Override
        public void close() {
        }

        private static String md5(byte[] bytes) throws IOException {
            Path t = Files.createTempFile("md5", ".bin");
            try {
                Files.write(t, bytes);
                return Digest.MD5.of(t);
            } finally {
                Files.delete(t);
            }
        }
    }

    /** Writes a bundle whose manifest hashes are the files' contents (any stable text serves as a hash here). */
    private LocalBundle bundle(Map<String, String> files) throws IOException {
        StringBuilder json = new StringBuilder("{\"fileHash\":\"murmur3-x64-128\",\"files\":{");
        String sep = "";
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = bundle.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            json.append(sep).append('"').append(e.getKey()).append("\":\"h").append(e.getValue().hashCode()).append('"');
            sep = ",";
        }
        Files.writeString(bundle.resolve(LocalBundle.MANIFEST), json.append("},\"version\":4}"));
        return LocalBundle.read(bundle);
    }

    private static DeployReport deploy(LocalBundle local, RemoteSite site) throws IOException {
        return new Deployer(RemoteSites.standard()).deploy(local, site, DeployOptions.defaults()
                .withConfirmDeletes(true));
    }

    private static Map<String, String> site(String... pathsAndContents) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            m.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return m;
    }

    @Test
    void newFilesGoBeforeChangedPagesAndDeletionsAndTheManifestLast() throws IOException {
        MemorySite site = new MemorySite();
        deploy(bundle(site("index.html", "v1", "posts/a/index.html", "a", "posts/old/index.html", "old",
                "tags/x/index.html", "x1", "assets/style.css", "s1", "feed.xml", "f1")), site);
        site.log.clear();
        deploy(bundle(site("index.html", "v2", "posts/a/index.html", "a", "posts/new/index.html", "n",
                "tags/x/index.html", "x2", "tags/y/index.html", "y", "assets/style.css", "s2",
                "assets/img.png", "png", "feed.xml", "f2")), site);
        assertThat(site.log).containsExactly(
                "upload " + DeployManifest.PENDING,
                "upload assets/img.png", "upload assets/style.css",
                "upload posts/new/index.html", "upload tags/y/index.html",
                "upload tags/x/index.html", "upload feed.xml", "upload index.html",
                "delete posts/old/index.html",
                "upload " + DeployManifest.FILE, "delete " + DeployManifest.PENDING, "finish");
    }

    @Test
    void hintsSayWhatEachFileIsAndHowLongToKeepIt() throws IOException {
        MemorySite site = new MemorySite();
        deploy(bundle(site("index.html", "i", "assets/style.css", "s", "feed.xml", "f", "assets/a.png", "p")), site);
        assertThat(site.hints.get("index.html")).isEqualTo(new UploadHints("text/html; charset=utf-8",
                FileHints.PAGE_CACHE));
        assertThat(site.hints.get("feed.xml").contentType()).isEqualTo("application/rss+xml");
        assertThat(site.hints.get("assets/style.css").cacheControl()).isEqualTo(FileHints.ASSET_CACHE);
        assertThat(site.hints.get("assets/a.png").contentType()).isEqualTo("image/png");
    }

    @Test
    void aDamagedManifestMakesTheDeployCompareDigestsAndDeleteNothing() throws IOException {
        MemorySite site = new MemorySite();
        LocalBundle first = bundle(site("index.html", "same", "posts/a/index.html", "a"));
        deploy(first, site);
        site.files.put(DeployManifest.FILE, "{\"format\":1,\"files\":{\"../../etc/passwd\":{}}}".getBytes());
        site.files.put("posts/a/index.html", "edited on the server".getBytes());
        site.files.put("mine.txt", "a file of the user's".getBytes());
        site.log.clear();
        DeployReport report = deploy(first, site);
        assertThat(report.plan().verified()).isTrue();
        assertThat(report.plan().uploads()).containsExactly("posts/a/index.html");
        assertThat(report.plan().deletes()).isEmpty();
        assertThat(site.files).containsKey("mine.txt");
        assertThat(new String(site.files.get("posts/a/index.html"))).isEqualTo("a");
    }

    @Test
    void anUnchangedSiteWritesNothingButStillFinishes() throws IOException {
        MemorySite site = new MemorySite();
        LocalBundle local = bundle(site("index.html", "i"));
        deploy(local, site);
        site.log.clear();
        DeployReport again = deploy(local, site);
        assertThat(again.plan().changesNothing()).isTrue();
        assertThat(site.log).containsExactly("finish");
    }

    @Test
    void anUnsafePathInTheExportIsRefused() throws IOException {
        Files.writeString(bundle.resolve(LocalBundle.MANIFEST),
                "{\"fileHash\":\"murmur3-x64-128\",\"files\":{\"../outside.html\":\"h\"}}");
        assertThatThrownBy(() -> LocalBundle.read(bundle)).isInstanceOf(PublishException.class)
                .hasMessageContaining("unsafe path");
    }

    @Test
    void aMissingExportSaysToExportFirst() {
        assertThatThrownBy(() -> LocalBundle.read(bundle.resolve("nothing"))).isInstanceOf(PublishException.class)
                .hasMessageContaining("export the blog there first");
    }
}
