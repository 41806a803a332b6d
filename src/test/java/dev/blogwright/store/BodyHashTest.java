package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.model.Post;
import dev.blogwright.util.TextFingerprint;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** posts.body_hash is the fingerprint of the body after every write of ours, and unknown after any other. */
class BodyHashTest {
    @TempDir
    Path dir;

    private static String storedHash(BlogLibrary lib, long id) {
        return TestLibraries.queryString(lib.database(), "SELECT body_hash FROM posts WHERE id = " + id);
    }

    private static long version(BlogLibrary lib, long id) {
        return TestLibraries.queryLong(lib.database(), "SELECT version FROM post_versions WHERE post_id = " + id);
    }

    @Test
    void aNewPostStoresTheFingerprintOfItsBody() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = lib.posts().create(Post.draft("One", "The body").build());
            assertThat(storedHash(lib, p.id())).isEqualTo(TextFingerprint.of("The body"));
        }
    }

    @Test
    void importedPostsStoreTheFingerprintsOfTheirBodies() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            List<Post> stored = lib.posts().createAll(List.of(Post.draft("A", "alpha").build(),
                    Post.draft("B", "beta").build()), new int[] {1, 1});
            assertThat(storedHash(lib, stored.get(0).id())).isEqualTo(TextFingerprint.of("alpha"));
            assertThat(storedHash(lib, stored.get(1).id())).isEqualTo(TextFingerprint.of("beta"));
        }
    }

    @Test
    void aRestoredPostStoresTheFingerprintOfItsBody() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Instant then = Instant.parse("2024-01-02T03:04:05Z");
            Post p = lib.posts().restore(Post.draft("Kept", "restored body").id(42).slug("kept").createdAt(then)
                    .updatedAt(then).build());
            assertThat(storedHash(lib, p.id())).isEqualTo(TextFingerprint.of("restored body"));
        }
    }

    @Test
    void savingAPostStoresTheFingerprintOfItsNewBody() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = lib.posts().create(Post.draft("One", "old").build());
            lib.posts().save(p.toBuilder().body("new").build(), true);
            assertThat(storedHash(lib, p.id())).isEqualTo(TextFingerprint.of("new"));
        }
    }

    @Test
    void autosaveStoresTheFingerprintOfItsNewBody() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = lib.posts().create(Post.draft("One", "old").build());
            lib.posts().autosave(p.id(), "One", "typed on");
            assertThat(storedHash(lib, p.id())).isEqualTo(TextFingerprint.of("typed on"));
        }
    }

    @Test
    void aRawBodyUpdateMakesTheFingerprintUnknown() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = lib.posts().create(Post.draft("One", "old").build());
            TestLibraries.execute(lib.database(), "UPDATE posts SET body = 'edited in the shell' WHERE id = " + p.id());
            assertThat(storedHash(lib, p.id())).isNull();
        }
    }

    @Test
    void aRawBodyUpdateMovesTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = lib.posts().create(Post.draft("One", "old").build());
            long before = version(lib, p.id());
            TestLibraries.execute(lib.database(), "UPDATE posts SET body = 'edited in the shell' WHERE id = " + p.id());
            assertThat(version(lib, p.id())).isGreaterThan(before);
        }
    }

    @Test
    void aRawUpdateThatLeavesTheBodyKeepsTheFingerprint() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = lib.posts().create(Post.draft("One", "same").build());
            TestLibraries.execute(lib.database(), "UPDATE posts SET body = body, title = 'Renamed' WHERE id = "
                    + p.id());
            assertThat(storedHash(lib, p.id())).isEqualTo(TextFingerprint.of("same"));
        }
    }
}
