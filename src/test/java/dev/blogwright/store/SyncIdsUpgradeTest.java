package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.model.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema V10: a new post or category gets a random shared id from the triggers; the upgrade gives the ones a library
 * already has an id derived from the slug (a category: its name), so two libraries that synced before agree.
 */
class SyncIdsUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void newPostsAndCategoriesGetDistinctRandomIds() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary lib = TestLibraries.fresh(dir.resolve("a"))) {
            Post one = lib.posts().create(Post.draft("One", "x").build());
            Post two = lib.posts().create(Post.draft("Two", "y").build());
            long category = lib.taxonomy().categoryNamed("News").id();
            var ids = LibraryTexts.of(lib).sync().postUids();
            assertThat(ids.get(one.id())).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(ids.get(two.id())).isNotEqualTo(ids.get(one.id()));
            assertThat(LibraryTexts.of(lib).sync().categoryUids()).containsKey(category);
        }
    }

    @Test
    void theUpgradeGivesTheSamePostTheSameIdInTwoLibraries() throws Exception {
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            Path folder = Files.createDirectories(dir.resolve("lib" + i));
            try (BlogLibrary lib = TestLibraries.fresh(folder)) {
                Post p = lib.posts().create(Post.draft("Shared post", "body " + i).slug("shared-post").build());
                lib.taxonomy().categoryNamed("News");
                // As a library from before V10: no ids yet, then the upgrade's step.
                TestLibraries.execute(lib.database(), "DELETE FROM post_uids");
                TestLibraries.execute(lib.database(), "DELETE FROM category_uids");
                lib.database().with(c -> {
                    V10Upgrade.run(c);
                    return null;
                });
                ids[i] = LibraryTexts.of(lib).sync().postUids().get(p.id());
                assertThat(LibraryTexts.of(lib).sync().categoryUids()).containsValue(
                        V10Upgrade.derived("category:", "news"));
            }
        }
        assertThat(ids[0]).isNotNull().isEqualTo(ids[1]).isEqualTo(V10Upgrade.derived("post:", "shared-post"));
    }
}
