package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.model.Post;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryOpeningTest {
    @TempDir
    Path dir;

    @Test
    void emptyFolderGetsALibraryAtTheLatestVersion() {
        Path file = dir.resolve("new/library.db");
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.CREATE)) {
            assertThat(TestLibraries.queryLong(lib.database(), "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
            assertThat(TestLibraries.queryLong(lib.database(), "PRAGMA application_id"))
                    .isEqualTo(LibraryFile.APPLICATION_ID);
            assertThat(TestLibraries.queryString(lib.database(), "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(TestLibraries.queryLong(lib.database(), "PRAGMA foreign_keys")).isEqualTo(1);
        }
        assertThat(file).exists();
        assertThat(dir.resolve("new")).isDirectoryNotContaining("glob:**.creating-*");
    }

    @Test
    void reopeningKeepsDataAndVersion() {
        Path file = dir.resolve("library.db");
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.CREATE)) {
            lib.installSample();
        }
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.WRITE)) {
            assertThat(lib.stats().posts()).isEqualTo(6);
        }
    }

    @Test
    void readingCommandsRefuseAMissingFileAndCreateNothing() {
        Path file = dir.resolve("missing.db");
        assertThatThrownBy(() -> BlogLibrary.open(file, OpenMode.READ_ONLY))
                .isInstanceOf(LibraryException.class).hasMessageContaining("No library at");
        assertThat(file).doesNotExist();
    }

    @Test
    void randomBytesAreRefusedUntouched() throws Exception {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        assertRefusedUntouched(bytes, "not a Blogwright library");
    }

    @Test
    void aTextFileIsRefusedUntouched() throws Exception {
        assertRefusedUntouched("# my notes\nnot a database\n".getBytes(StandardCharsets.UTF_8), "not a Blogwright library");
    }

    @Test
    void aZeroByteFileIsRefusedUntouched() throws Exception {
        assertRefusedUntouched(new byte[0], "empty file");
    }

    @Test
    void aTruncatedLibraryIsRefusedUntouched() throws Exception {
        Path good = dir.resolve("good.db");
        try (BlogLibrary lib = BlogLibrary.open(good, OpenMode.CREATE)) {
            lib.installSample();
        }
        byte[] all = Files.readAllBytes(good);
        assertRefusedUntouched(Arrays.copyOf(all, all.length / 2), "truncated");
    }

    @Test
    void aLibraryKilledPartWayThroughACheckpointOpensWithEverySavedPost() throws Exception {
        Path original = dir.resolve("original.db");
        try (BlogLibrary lib = BlogLibrary.open(original, OpenMode.CREATE)) {
            lib.installSample();
        }
        Path copy = dir.resolve("killed/library.db");
        Files.createDirectories(copy.getParent());
        try (BlogLibrary lib = BlogLibrary.open(original, OpenMode.WRITE)) {
            for (int i = 0; i < 40; i++) {
                lib.posts().create(Post.draft("Saved " + i, "word ".repeat(2_000)).build());
            }
            // The saved posts are in the WAL, not yet in the file: a copy now is the library of a killed process.
            Files.copy(original, copy);
            Files.copy(Path.of(original + "-wal"), Path.of(copy + "-wal"));
        }
        long finalPages = Files.size(original) / 4096;
        // A checkpoint writes page 1 first: killed then, the header already counts pages the file does not have.
        try (RandomAccessFile raw = new RandomAccessFile(copy.toFile(), "rw")) {
            raw.seek(24);
            int changeCounter = raw.readInt();
            raw.seek(28);
            raw.writeInt((int) finalPages);
            raw.seek(92);
            raw.writeInt(changeCounter);
        }
        assertThat(Files.size(copy)).isLessThan(finalPages * 4096);

        try (BlogLibrary lib = BlogLibrary.open(copy, OpenMode.WRITE)) {
            assertThat(lib.stats().posts()).isEqualTo(6 + 40);
        }
    }

    @Test
    void anotherApplicationsDatabaseIsNotEvenSwitchedToWal() throws Exception {
        Path foreign = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
            s.execute("INSERT INTO notes (text) VALUES ('keep me')");
        }
        byte[] before = Files.readAllBytes(foreign);
        for (OpenMode mode : OpenMode.values()) {
            assertThatThrownBy(() -> BlogLibrary.open(foreign, mode)).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("another application");
        }
        assertThat(Files.readAllBytes(foreign)).isEqualTo(before);
        assertThat(dir.resolve("other.db-wal")).doesNotExist();
    }

    @Test
    void aLibraryFromANewerVersionIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        BlogLibrary.open(file, OpenMode.CREATE).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> BlogLibrary.open(file, OpenMode.WRITE)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("newer Blogwright");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFolderIsNotALibrary() {
        assertThatThrownBy(() -> BlogLibrary.open(dir, OpenMode.CREATE)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("is a folder");
    }

    private void assertRefusedUntouched(byte[] content, String message) throws Exception {
        Path file = dir.resolve("bad-" + content.length + ".db");
        Files.write(file, content);
        for (OpenMode mode : OpenMode.values()) {
            assertThatThrownBy(() -> BlogLibrary.open(file, mode)).isInstanceOf(LibraryException.class)
                    .hasMessageContaining(message);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(file.resolveSibling(file.getFileName() + "-wal")).doesNotExist();
    }
}
