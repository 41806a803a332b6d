package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slugs are unique, so a rename that hands one post's slug to another (two posts swapping slugs: A→tmp, B→A,
 * tmp→B) has to reach the other computer as one change, not as a clash: both libraries end equal, each post with
 * its text under its new slug and nothing flagged.
 */
class SlugSwapSyncTest {
    private static final String A = "ai-chatbots-lessons";
    private static final String B = "monorepo-vs-polyrepo";

    @TempDir
    Path dir;
    SyncTestKit kit;

    @BeforeEach
    void bothLibrariesShareTheSampleBlog() throws Exception {
        kit = SyncTestKit.sharingTheSample(dir);
    }

    @Test
    void twoPostsSwappingSlugsOnTheLaptopSwapOnTheDesktop() throws Exception {
        String bodyOfA = kit.post("laptop", A).body();
        String bodyOfB = kit.post("laptop", B).body();
        kit.with("laptop", SlugSwapSyncTest::swap);
        kit.sync("laptop");
        kit.sync("desktop");
        assertSwapped(bodyOfA, bodyOfB);
    }

    @Test
    void aSwapOnTheLaptopAndAnEditOfOneOfThemOnTheDesktopKeepBoth() throws Exception {
        String bodyOfB = kit.post("laptop", B).body();
        kit.with("laptop", SlugSwapSyncTest::swap);
        kit.editBody("desktop", A, b -> b + "\nEdited on the desktop.\n");
        String bodyOfA = kit.post("desktop", A).body();
        kit.sync("laptop");
        assertThat(kit.sync("desktop").conflicts()).isZero();
        kit.sync("laptop");
        assertSwapped(bodyOfA, bodyOfB);
    }

    @Test
    void aSwapOnTheDesktopSyncedAfterAnEditOnTheLaptopKeepsBoth() throws Exception {
        String bodyOfA = kit.post("laptop", A).body();
        kit.with("desktop", SlugSwapSyncTest::swap);
        kit.editBody("laptop", B, b -> b + "\nEdited on the laptop.\n");
        String bodyOfB = kit.post("laptop", B).body();
        kit.sync("laptop");
        assertThat(kit.sync("desktop").conflicts()).isZero();
        kit.sync("laptop");
        assertSwapped(bodyOfA, bodyOfB);
    }

    @Test
    void aSwapWithACategoryRenameGoesThroughTheWholeImportAlike() throws Exception {
        String bodyOfA = kit.post("laptop", A).body();
        String bodyOfB = kit.post("laptop", B).body();
        kit.with("laptop", lib -> {
            swap(lib);
            Category c = lib.taxonomy().categories().get(0);
            // blog.yaml changes too, so the desktop takes the pull through the whole-library import.
            lib.taxonomy().updateCategory(new Category(c.id(), c.name() + " Renamed", c.slug(), c.description(),
                    c.colour(), c.position(), c.parentId()));
        });
        kit.sync("laptop");
        kit.sync("desktop");
        assertSwapped(bodyOfA, bodyOfB);
    }

    @Test
    void aPostRenamedAwayWhileANewPostTakesItsSlugReachesTheOther() throws Exception {
        String bodyOfA = kit.post("laptop", A).body();
        kit.with("laptop", lib -> {
            Post a = lib.posts().findBySlug(A).orElseThrow();
            lib.posts().save(a.toBuilder().slug("chatbots-revisited").build(), true);
            lib.posts().create(new Post.Builder().title("New under the old slug").slug(A)
                    .body("A new post.\n").build());
        });
        kit.sync("laptop");
        kit.sync("desktop");
        assertThat(kit.post("desktop", "chatbots-revisited").body()).isEqualTo(bodyOfA);
        assertThat(kit.post("desktop", A).body()).isEqualTo("A new post.\n");
        assertEqualLibraries();
    }

    /** A→tmp, B→A, tmp→B, as a writer does it by hand in the editor. */
    private static void swap(BlogLibrary lib) {
        Post a = lib.posts().findBySlug(A).orElseThrow();
        Post b = lib.posts().findBySlug(B).orElseThrow();
        a = lib.posts().save(a.toBuilder().slug("swap-tmp").build(), true);
        lib.posts().save(b.toBuilder().slug(A).build(), true);
        lib.posts().save(a.toBuilder().slug(B).build(), true);
    }

    private void assertSwapped(String bodyOfA, String bodyOfB) throws Exception {
        for (String side : new String[] {"laptop", "desktop"}) {
            kit.with(side, lib -> {
                assertThat(lib.posts().findBySlug(B).orElseThrow().body()).as(side).isEqualTo(bodyOfA);
                assertThat(lib.posts().findBySlug(A).orElseThrow().body()).as(side).isEqualTo(bodyOfB);
                assertThat(lib.posts().findBySlug("swap-tmp")).as(side).isEmpty();
                assertThat(LibraryTexts.of(lib).sync().conflicts()).as(side).isEmpty();
            });
        }
        assertEqualLibraries();
    }

    private void assertEqualLibraries() throws Exception {
        Map<String, byte[]> laptop = kit.text("laptop");
        Map<String, byte[]> desktop = kit.text("desktop");
        assertThat(desktop.keySet()).isEqualTo(laptop.keySet());
        for (String path : laptop.keySet()) {
            assertThat(new String(desktop.get(path))).as(path).isEqualTo(new String(laptop.get(path)));
        }
    }
}
