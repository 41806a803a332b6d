package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.Tag;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a post, its tag list or its tags' names change moves the post's version; nothing else does. */
class PostVersionsTest {
    @TempDir
    Path dir;

    private static long version(BlogLibrary lib, long id) {
        return TestLibraries.queryLong(lib.database(), "SELECT version FROM post_versions WHERE post_id = " + id);
    }

    private static long versionRows(BlogLibrary lib, long id) {
        return TestLibraries.queryLong(lib.database(), "SELECT COUNT(*) FROM post_versions WHERE post_id = " + id);
    }

    private static Post post(BlogLibrary lib, String title, String... tags) {
        return lib.posts().create(Post.draft(title, "Body of " + title).tags(List.of(tags)).build());
    }

    private static long tagId(BlogLibrary lib, String name) {
        return lib.taxonomy().findTag(name).map(Tag::id).orElseThrow();
    }

    @Test
    void aNewPostHasAVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One");
            assertThat(version(lib, p.id())).isPositive();
        }
    }

    @Test
    void importedPostsHaveVersions() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            List<Post> stored = lib.posts().createAll(List.of(Post.draft("A", "a").tags(List.of("x")).build(),
                    Post.draft("B", "b").build()), new int[] {1, 1});
            assertThat(stored).allSatisfy(p -> assertThat(version(lib, p.id())).isPositive());
        }
    }

    @Test
    void savingAnyFieldMovesTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One");
            long before = version(lib, p.id());
            lib.posts().save(p.toBuilder().metaDescription("for search engines").build(), false);
            assertThat(version(lib, p.id())).isGreaterThan(before);
        }
    }

    @Test
    void autosaveMovesTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One");
            long before = version(lib, p.id());
            lib.posts().autosave(p.id(), "One", "An edited body");
            assertThat(version(lib, p.id())).isGreaterThan(before);
        }
    }

    @Test
    void trashingAndRestoringMoveTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One");
            long created = version(lib, p.id());
            lib.organizer().trash(List.of(p.id()));
            long trashed = version(lib, p.id());
            lib.organizer().restore(List.of(p.id()));
            assertThat(trashed).isGreaterThan(created);
            assertThat(version(lib, p.id())).isGreaterThan(trashed);
        }
    }

    @Test
    void reorderMovesTheMovedPostsVersionOnly() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post a = post(lib, "A");
            Post b = post(lib, "B");
            Post c = post(lib, "C");
            long aBefore = version(lib, a.id());
            long bBefore = version(lib, b.id());
            long cBefore = version(lib, c.id());
            lib.organizer().setPosition(c.id(), 100);
            assertThat(version(lib, c.id())).isGreaterThan(cBefore);
            assertThat(version(lib, a.id())).isEqualTo(aBefore);
            assertThat(version(lib, b.id())).isEqualTo(bBefore);
        }
    }

    @Test
    void bulkStatusMovesEachVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post a = post(lib, "A");
            Post b = post(lib, "B");
            long aBefore = version(lib, a.id());
            long bBefore = version(lib, b.id());
            lib.organizer().setStatus(List.of(a.id(), b.id()), PostStatus.PUBLISHED);
            assertThat(version(lib, a.id())).isGreaterThan(aBefore);
            assertThat(version(lib, b.id())).isGreaterThan(bBefore);
        }
    }

    @Test
    void bulkCategoryMovesTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One");
            long category = lib.taxonomy().categoryNamed("Notes").id();
            long before = version(lib, p.id());
            lib.organizer().setCategory(List.of(p.id()), category);
            assertThat(version(lib, p.id())).isGreaterThan(before);
        }
    }

    @Test
    void bulkFeaturedMovesTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One");
            long before = version(lib, p.id());
            lib.organizer().setFeatured(List.of(p.id()), true);
            assertThat(version(lib, p.id())).isGreaterThan(before);
        }
    }

    @Test
    void addingATagMovesTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One");
            long before = version(lib, p.id());
            lib.organizer().addTag(List.of(p.id()), "java");
            assertThat(version(lib, p.id())).isGreaterThan(before);
        }
    }

    @Test
    void removingATagMovesTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One", "java");
            long before = version(lib, p.id());
            lib.organizer().removeTag(List.of(p.id()), "java");
            assertThat(version(lib, p.id())).isGreaterThan(before);
        }
    }

    @Test
    void reorderingTagsInPlaceMovesTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One", "java", "sql");
            long before = version(lib, p.id());
            TestLibraries.execute(lib.database(), "UPDATE post_tags SET position = 1 - position WHERE post_id = "
                    + p.id());
            assertThat(version(lib, p.id())).isGreaterThan(before);
        }
    }

    @Test
    void renamingATagMovesTheVersionsOfItsPostsOnly() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post tagged = post(lib, "Tagged", "java");
            Post other = post(lib, "Other", "sql");
            long taggedBefore = version(lib, tagged.id());
            long otherBefore = version(lib, other.id());
            lib.taxonomy().renameTag(tagId(lib, "java"), "Kotlin");
            assertThat(version(lib, tagged.id())).isGreaterThan(taggedBefore);
            assertThat(version(lib, other.id())).isEqualTo(otherBefore);
        }
    }

    @Test
    void changingOnlyTheCaseOfATagMovesTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One", "java");
            long before = version(lib, p.id());
            TestLibraries.execute(lib.database(), "UPDATE tags SET name = 'Java' WHERE name = 'java'");
            assertThat(version(lib, p.id())).isGreaterThan(before);
        }
    }

    @Test
    void aRawSqlUpdateMovesTheVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One");
            long before = version(lib, p.id());
            TestLibraries.execute(lib.database(), "UPDATE posts SET icon = 'star' WHERE id = " + p.id());
            assertThat(version(lib, p.id())).isGreaterThan(before);
        }
    }

    @Test
    void deletingAPostWithTagsLeavesNoVersionBehind() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = post(lib, "One", "java", "sql");
            lib.organizer().trash(List.of(p.id()));
            lib.organizer().deleteForever(List.of(p.id()));
            assertThat(versionRows(lib, p.id())).isZero();
        }
    }

    @Test
    void aNewPostThatReusesADeletedIdGetsANewerVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            post(lib, "First");
            Post last = post(lib, "Last");
            long deletedVersion = version(lib, last.id());
            lib.organizer().trash(List.of(last.id()));
            deletedVersion = Math.max(deletedVersion, version(lib, last.id()));
            lib.organizer().deleteForever(List.of(last.id()));
            Post reuser = post(lib, "Reuser");
            assertThat(reuser.id()).isEqualTo(last.id());
            assertThat(version(lib, reuser.id())).isGreaterThan(deletedVersion);
        }
    }
}
