package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema V12: the marker of everything but posts' own changes stands through an edit, a new post, a tag list and an
 * ordinary revision (each moves the post's version instead), and moves with everything else that reaches the text
 * form; a table added later gets its triggers from the same install as the change marker's.
 */
class OtherChangeMarkerTest {
    @TempDir
    Path dir;

    private static long others(BlogLibrary lib) {
        return new SqlSyncRepository(lib.database()).postMarks().others();
    }

    private static long versions(BlogLibrary lib) {
        return new SqlSyncRepository(lib.database()).postMarks().versions();
    }

    /** Whether {@code work} moved the other marker; a post's own change must move the version counter instead. */
    private static boolean moves(BlogLibrary lib, Consumer<BlogLibrary> work) {
        long before = others(lib);
        long versionsBefore = versions(lib);
        work.accept(lib);
        boolean moved = others(lib) != before;
        if (!moved) {
            assertThat(versions(lib)).as("a post's own change moves its version").isGreaterThan(versionsBefore);
        }
        return moved;
    }

    @Test
    void aPostsOwnChangesLeaveItAndMoveTheirVersions() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            Post p = lib.posts().posts(PostQuery.all()).get(0);
            assertThat(moves(lib, l -> l.posts().save(p.toBuilder().body(p.body() + "\nMore.\n").build(), true)))
                    .as("an edit (with its revision)").isFalse();
            // Tags in another order: no tag made or left unused (blog.yaml lists the tags: that would count).
            List<String> reordered = new ArrayList<>(p.tags());
            Collections.reverse(reordered);
            assertThat(moves(lib, l -> l.posts().save(l.posts().find(p.id()).orElseThrow().toBuilder()
                    .slug(p.slug() + "-moved").tags(reordered).build(), true))).as("slug and tag order").isFalse();
            assertThat(moves(lib, l -> l.posts().create(Post.draft("New", "Body.\n").build()))).as("a new post")
                    .isFalse();
            assertThat(moves(lib, l -> l.organizer().trash(List.of(p.id())))).as("to the trash").isFalse();
        }
    }

    @Test
    void everythingElseMovesIt() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            Post p = lib.posts().posts(PostQuery.all()).get(0);
            Category c = lib.taxonomy().categories().get(0);
            SqlSyncRepository sync = new SqlSyncRepository(lib.database());
            assertThat(moves(lib, l -> l.taxonomy().updateCategory(new Category(c.id(), c.name() + " renamed",
                    c.slug(), c.description(), c.colour(), c.position(), c.parentId())))).as("category").isTrue();
            assertThat(moves(lib, l -> l.settings().save(l.settings().load().withTimeZone("Asia/Tokyo"))))
                    .as("time zone").isTrue();
            assertThat(moves(lib, l -> l.goals().set(p.id(), "1500"))).as("goal").isTrue();
            long[] conflict = new long[1];
            assertThat(moves(lib, l -> conflict[0] = sync.addConflict(p.id(), "T", "B", "{}", "file")))
                    .as("a conflict kept").isTrue();
            assertThat(moves(lib, l -> sync.resolve(conflict[0]))).as("a conflict resolved").isTrue();
            assertThat(moves(lib, l -> {
                l.organizer().trash(List.of(p.id()));
                l.organizer().deleteForever(List.of(p.id()));
            })).as("a post deleted").isTrue();
        }
    }

    @Test
    void aLocalSettingLeavesIt() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            long before = others(lib);
            TestLibraries.execute(lib.database(),
                    "INSERT INTO settings (key, value) VALUES ('sync.auto.last-synced', 'now')");
            assertThat(others(lib)).isEqualTo(before);
        }
    }

    @Test
    void aTableAddedLaterGetsItsTriggersFromTheChangeMarkersInstall() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            TestLibraries.execute(lib.database(), "CREATE TABLE later_feature (id INTEGER PRIMARY KEY, v TEXT)");
            lib.database().with(c -> {
                ChangeTriggers.install(c);
                return null;
            });
            long before = others(lib);
            TestLibraries.execute(lib.database(), "INSERT INTO later_feature (v) VALUES ('y')");
            TestLibraries.execute(lib.database(), "UPDATE later_feature SET v = 'z'");
            TestLibraries.execute(lib.database(), "DELETE FROM later_feature WHERE v = 'z'");
            assertThat(others(lib)).isEqualTo(before + 3);
        }
    }
}
