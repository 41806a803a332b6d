package dev.blogwright.logic.export.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest read early (a deploy starts it before reading the library) serves only while its files are unchanged. */
class KnownManifestTest {
    @TempDir
    Path dir;

    private static Manifest manifest(Map<String, String> files) {
        return new Manifest(new HashMap<>(files), Map.of(), Map.of(), Map.of());
    }

    @Test
    void aPrefetchedManifestIsTheOneOnDisk() throws IOException {
        manifest(Map.of("index.html", "1", "posts/a/index.html", "2")).write(dir, Manifest.empty());
        KnownManifest known = new KnownManifest();
        known.prefetch(dir);
        assertThat(known.read(dir).files()).isEqualTo(Map.of("index.html", "1", "posts/a/index.html", "2"));
    }

    @Test
    void aManifestWrittenAfterThePrefetchIsReadAgain() throws IOException {
        manifest(Map.of("index.html", "1")).write(dir, Manifest.empty());
        KnownManifest known = new KnownManifest();
        known.prefetch(dir);
        known.awaitPrefetch();
        // Another export committed into the folder between the early read and the export's own.
        manifest(Map.of("index.html", "9", "new.html", "3")).write(dir, Manifest.read(dir));
        assertThat(known.read(dir).files()).isEqualTo(Map.of("index.html", "9", "new.html", "3"));
    }

    @Test
    void aPrefetchOfAnotherFolderIsNotTaken() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path mine = Files.createDirectories(dir.resolve("mine"));
        manifest(Map.of("other.html", "1")).write(other, Manifest.empty());
        manifest(Map.of("mine.html", "2")).write(mine, Manifest.empty());
        KnownManifest known = new KnownManifest();
        known.prefetch(other);
        assertThat(known.read(mine).files()).isEqualTo(Map.of("mine.html", "2"));
    }

    @Test
    void aFolderWithoutAManifestReadsEmpty() {
        KnownManifest known = new KnownManifest();
        known.prefetch(dir);
        assertThat(known.read(dir).files()).isEmpty();
    }

    @Test
    void theEarlyReadLooksAtTheSizeOfEveryListedFile() throws IOException {
        Files.createDirectories(dir.resolve("posts/a"));
        Files.writeString(dir.resolve("index.html"), "12345");
        Files.createDirectories(dir.resolve("folder.html"));
        manifest(Map.of("index.html", "1", "posts/a/index.html", "2", "folder.html", "3", "../outside.html", "4",
                "nul\u0000.html", "5"))
                .write(dir, Manifest.empty());
        KnownManifest known = new KnownManifest();
        known.prefetch(dir);
        Manifest read = known.read(dir);
        assertThat(read.sizeOnDisk("index.html")).isEqualTo(5L);
        assertThat(read.sizeOnDisk("posts/a/index.html")).as("missing").isEqualTo(-1L);
        assertThat(read.sizeOnDisk("folder.html")).as("not a file").isEqualTo(-1L);
        assertThat(read.sizeOnDisk("../outside.html")).as("outside the folder: not looked at").isNull();
        assertThat(read.sizeOnDisk("nul\u0000.html")).as("no path: not looked at").isNull();
        assertThat(Manifest.read(dir).sizeOnDisk("index.html")).as("an ordinary read looks at nothing").isNull();
    }
}
