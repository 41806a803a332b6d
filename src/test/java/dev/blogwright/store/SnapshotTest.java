package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot reads the library as it was when taken, on a connection of its own, while the library saves on. */
class SnapshotTest {
    @TempDir
    Path dir;

    private static long postCount(Database db) {
        return TestLibraries.queryLong(db, "SELECT COUNT(*) FROM posts");
    }

    @Test
    void aSnapshotDoesNotSeeWritesCommittedAfterIt() {
        try (BlogLibrary lib = TestLibraries.sample(dir); Database snapshot = lib.database().snapshot()) {
            lib.posts().create(Post.draft("Written later", "").build());
            assertThat(postCount(snapshot)).isEqualTo(6);
            assertThat(postCount(lib.database())).isEqualTo(7);
        }
    }

    @Test
    void aNewSnapshotSeesThoseWrites() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            lib.database().snapshot().close();
            lib.posts().create(Post.draft("Written later", "").build());
            try (Database snapshot = lib.database().snapshot()) {
                assertThat(postCount(snapshot)).isEqualTo(7);
            }
        }
    }

    @Test
    void repositoriesOnASnapshotReadItsLibrary() {
        try (BlogLibrary lib = TestLibraries.sample(dir); Database snapshot = lib.database().snapshot()) {
            Post first = lib.posts().list(PostQuery.all()).stream().findFirst()
                    .flatMap(s -> lib.posts().find(s.id())).orElseThrow();
            lib.posts().autosave(first.id(), first.title(), "Typed after the snapshot");
            SqlPostRepository frozen = new SqlPostRepository(snapshot);
            assertThat(frozen.body(first.id())).contains(first.body());
            assertThat(frozen.versions()).isNotEqualTo(new SqlPostRepository(lib.database()).versions());
        }
    }

    @Test
    void aTransactionOnASnapshotKeepsItsView() {
        try (BlogLibrary lib = TestLibraries.sample(dir); Database snapshot = lib.database().snapshot()) {
            snapshot.inTransaction(() -> postCount(snapshot));
            lib.posts().create(Post.draft("Written later", "").build());
            assertThat(snapshot.inTransaction(() -> postCount(snapshot))).isEqualTo(6);
            assertThat(postCount(snapshot)).isEqualTo(6);
        }
    }

    @Test
    void aSnapshotCannotWrite() {
        try (BlogLibrary lib = TestLibraries.sample(dir); Database snapshot = lib.database().snapshot()) {
            assertThat(snapshot.readOnly()).isTrue();
            assertThatThrownBy(() -> new SqlPostRepository(snapshot).setPosition(1, 42))
                    .isInstanceOf(LibraryException.class);
        }
    }

    @Test
    void aSnapshotOutlastsManyCommitsAndClosesCleanly() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            Database snapshot = lib.database().snapshot();
            for (int i = 0; i < 200; i++) {
                lib.posts().create(Post.draft("Post " + i, "x".repeat(5000)).build());
            }
            TestLibraries.execute(lib.database(), "PRAGMA wal_checkpoint(PASSIVE)");
            assertThat(postCount(snapshot)).isEqualTo(6);
            snapshot.close();
            TestLibraries.execute(lib.database(), "PRAGMA wal_checkpoint(TRUNCATE)");
            assertThat(TestLibraries.queryLong(lib.database(), "PRAGMA wal_checkpoint(TRUNCATE)")).isZero();
            assertThat(postCount(lib.database())).isEqualTo(206);
        }
    }

    @Test
    void aReadOnlyLibraryGivesSnapshots() {
        Path file;
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            file = lib.file();
        }
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.READ_ONLY);
             Database snapshot = lib.database().snapshot()) {
            assertThat(new SqlPostRepository(snapshot).ids(PostQuery.all())).hasSize(6);
        }
    }

    @Test
    void aSnapshotTakenInsideATransactionSeesOnlyWhatWasCommitted() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            long seen = lib.database().inTransaction(() -> {
                lib.posts().create(Post.draft("Not yet committed", "").build());
                try (Database snapshot = lib.database().snapshot()) {
                    return postCount(snapshot);
                }
            });
            assertThat(seen).isEqualTo(6);
        }
    }

    @Test
    void aSnapshotReadsOnAfterTheLibraryCloses() {
        BlogLibrary lib = TestLibraries.sample(dir);
        try (Database snapshot = lib.database().snapshot()) {
            lib.close();
            assertThat(new SqlPostRepository(snapshot).ids(PostQuery.all())).hasSize(6);
        }
    }
}
