package dev.blogwright.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.store.TestLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files SQLite keeps beside a library ({@code -wal}, {@code -shm}) can be damaged by a copy tool or a crash of
 * the disk; LibraryOpeningTest covers the library file itself. A damaged side file never damages saved posts:
 * the library opens whole, or is refused with a clear message and left as it was.
 */
class DamagedSideFilesTest {
    private static final int POSTS = 12;

    @TempDir
    Path dir;

    @Test
    void aWalFileOfRandomBytesIsIgnoredAndNoSavedPostIsLost() throws Exception {
        Path library = closedLibrary();
        byte[] garbage = new byte[64 * 1024];
        new Random(5).nextBytes(garbage);
        Files.write(sibling(library, "-wal"), garbage);
        assertOpensWhole(library, POSTS);
    }

    @Test
    void aShmFileOfRandomBytesIsRebuiltAndNoSavedPostIsLost() throws Exception {
        Path library = closedLibrary();
        byte[] garbage = new byte[32 * 1024];
        new Random(6).nextBytes(garbage);
        Files.write(sibling(library, "-shm"), garbage);
        assertOpensWhole(library, POSTS);
    }

    @Test
    void aWalCutInHalfKeepsAConsistentPrefixOfTheCommits() throws Exception {
        Path library = dir.resolve("live.db");
        Path copy = dir.resolve("copy.db");
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            TestLibraries.execute(lib.database(), "PRAGMA wal_autocheckpoint = 0");
            for (int i = 0; i < POSTS; i++) {
                lib.posts().create(Post.draft("Post " + i, "Body " + i + " " + "words ".repeat(400)).build());
            }
            // A copy taken while the library is open holds its latest commits only in the WAL.
            Files.copy(library, copy);
            byte[] wal = Files.readAllBytes(sibling(library, "-wal"));
            assertThat(wal.length).isGreaterThan(4096);
            Files.write(sibling(copy, "-wal"), Arrays.copyOf(wal, wal.length / 2));
        }
        try (BlogLibrary lib = BlogLibrary.open(copy, OpenMode.WRITE)) {
            assertThat(TestLibraries.queryString(lib.database(), "PRAGMA integrity_check")).isEqualTo("ok");
            int kept = lib.posts().count(PostQuery.all());
            assertThat(kept).isBetween(0, POSTS - 1);
            for (int i = 0; i < kept; i++) {
                assertThat(lib.posts().findBySlug("post-" + i)).as("post %d of a prefix", i).isPresent();
            }
        }
    }

    private Path closedLibrary() {
        Path library = dir.resolve("library.db");
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            for (int i = 0; i < POSTS; i++) {
                lib.posts().create(Post.draft("Post " + i, "Body " + i).build());
            }
        }
        return library;
    }

    private static void assertOpensWhole(Path library, int posts) throws Exception {
        byte[] before = Files.readAllBytes(library);
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.WRITE)) {
            assertThat(TestLibraries.queryString(lib.database(), "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(lib.posts().count(PostQuery.all())).isEqualTo(posts);
            for (int i = 0; i < posts; i++) {
                assertThat(lib.posts().findBySlug("post-" + i).orElseThrow().body()).isEqualTo("Body " + i);
            }
        } catch (LibraryException refused) {
            // Refusing is acceptable only with a message and the library file as it was.
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(Files.readAllBytes(library)).isEqualTo(before);
        }
    }

    private static Path sibling(Path library, String suffix) {
        return library.resolveSibling(library.getFileName() + suffix);
    }
}
