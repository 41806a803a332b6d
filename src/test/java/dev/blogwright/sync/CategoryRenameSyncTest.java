package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A category renamed on one computer while the other posts in it: after the syncs both libraries are equal, the
 * renamed category holds its old posts and the new one on both (categories have a shared id in blog.yaml, so the
 * post that names the old name goes to the renamed category), and the old category does not come back.
 * This goes through the whole-library import (blog.yaml changed) on one side and the path-by-path one on the other.
 */
class CategoryRenameSyncTest {
    @TempDir
    Path dir;

    @Test
    void aRenameOnOneSideAndANewPostInItOnTheOtherEndEqualWithNothingLost() throws Exception {
        renameWhilePosting(true);
    }

    @Test
    void thePostingSideSyncingFirstEndsTheSame() throws Exception {
        renameWhilePosting(false);
    }

    private void renameWhilePosting(boolean renamingSideFirst) throws Exception {
        SyncTestKit kit = SyncTestKit.sharingTheSample(dir);
        Post sample = kit.post("laptop", "ai-chatbots-lessons");
        String[] names = new String[2];
        kit.with("laptop", lib -> {
            Category c = lib.taxonomy().category(sample.categoryId()).orElseThrow();
            names[0] = c.name();
            names[1] = c.name() + " and More";
            lib.taxonomy().updateCategory(new Category(c.id(), names[1], c.slug(), c.description(), c.colour(),
                    c.position(), c.parentId()));
        });
        kit.with("desktop", lib -> {
            long category = lib.taxonomy().categoryNamed(names[0]).id();
            lib.posts().create(new Post.Builder().title("Written meanwhile").slug("written-meanwhile")
                    .body("Posted in the old category.\n").categoryId(category).build());
        });
        String first = renamingSideFirst ? "laptop" : "desktop";
        String second = renamingSideFirst ? "desktop" : "laptop";
        kit.sync(first);
        kit.sync(second);
        kit.sync(first);
        kit.sync(second);
        Map<String, byte[]> laptop = kit.text("laptop");
        Map<String, byte[]> desktop = kit.text("desktop");
        assertThat(desktop.keySet()).isEqualTo(laptop.keySet());
        for (String path : laptop.keySet()) {
            assertThat(new String(desktop.get(path))).as(path).isEqualTo(new String(laptop.get(path)));
        }
        for (String side : new String[] {"laptop", "desktop"}) {
            kit.with(side, lib -> {
                Post moved = lib.posts().findBySlug("ai-chatbots-lessons").orElseThrow();
                assertThat(lib.taxonomy().category(moved.categoryId()).orElseThrow().name()).isEqualTo(names[1]);
                Post written = lib.posts().findBySlug("written-meanwhile").orElseThrow();
                assertThat(written.body()).isEqualTo("Posted in the old category.\n");
                // It went to the renamed category: the old one does not come back.
                assertThat(written.categoryId()).isEqualTo(moved.categoryId());
                assertThat(lib.taxonomy().categories()).extracting(Category::name).doesNotContain(names[0]);
            });
        }
    }
}
