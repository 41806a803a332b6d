package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each side may place a page under another, and the merge of "About under Company" here and "Company under About"
 * there is a loop, which the app never allows. The import breaks it the same way on every computer (in a loop, the
 * page whose slug sorts first keeps no parent), keeps both texts, and flags that page with a conflict version that
 * holds the parent it lost, so a person sees it.
 */
class PageLoopSyncTest {
    @TempDir
    Path dir;
    SyncTestKit kit;

    @BeforeEach
    void bothLibrariesShareThreePages() throws Exception {
        kit = SyncTestKit.sharingTheSample(dir);
        kit.with("laptop", lib -> {
            for (String title : new String[] {"About", "Company", "Team"}) {
                lib.posts().create(Post.draft(title, title + " text.\n").kind(PostKind.PAGE).build());
            }
        });
        kit.sync("laptop");
        kit.sync("desktop");
    }

    @Test
    void twoPagesPlacedUnderEachOtherOnTwoComputersEndWithoutALoop() throws Exception {
        place("laptop", "about", "company");
        place("desktop", "company", "about");
        kit.sync("laptop");
        kit.sync("desktop");
        kit.sync("laptop");
        kit.sync("desktop");
        assertBrokenAt("about", "company");
    }

    @Test
    void aLoopThroughThreePagesIsBrokenAtTheSamePageWhoeverSyncsFirst() throws Exception {
        place("laptop", "about", "company");
        place("laptop", "company", "team");
        place("desktop", "team", "about");
        kit.sync("desktop");
        kit.sync("laptop");
        kit.sync("desktop");
        kit.sync("laptop");
        assertBrokenAt("about", "company");
    }

    private void place(String side, String page, String under) throws Exception {
        kit.with(side, lib -> {
            Post parent = lib.posts().findBySlug(under).orElseThrow();
            Post p = lib.posts().findBySlug(page).orElseThrow();
            lib.posts().save(p.toBuilder().parentId(parent.id()).build(), true);
        });
    }

    private void assertBrokenAt(String page, String lostParent) throws Exception {
        for (String side : new String[] {"laptop", "desktop"}) {
            kit.with(side, lib -> {
                for (String slug : new String[] {"about", "company", "team"}) {
                    Post p = lib.posts().findBySlug(slug).orElseThrow();
                    assertThat(p.body()).as(side).isEqualTo(p.title() + " text.\n");
                    assertThat(noLoopAbove(lib, p)).as(side + " " + slug).isTrue();
                }
                Post broken = lib.posts().findBySlug(page).orElseThrow();
                assertThat(broken.parentId()).as(side).isNull();
                List<ConflictVersion> flagged = LibraryTexts.of(lib).sync().conflicts(broken.id());
                assertThat(flagged).as(side).hasSize(1);
                assertThat(flagged.get(0).parsed().frontMatter()).containsEntry("parent", lostParent);
                assertThat(LibraryTexts.of(lib).sync().conflicts()).as(side).hasSize(1);
            });
        }
        Map<String, byte[]> laptop = kit.text("laptop");
        Map<String, byte[]> desktop = kit.text("desktop");
        assertThat(desktop.keySet()).isEqualTo(laptop.keySet());
        for (String path : laptop.keySet()) {
            assertThat(new String(desktop.get(path))).as(path).isEqualTo(new String(laptop.get(path)));
        }
    }

    private static boolean noLoopAbove(BlogLibrary lib, Post page) {
        Set<Long> seen = new HashSet<>();
        Post at = page;
        while (at.parentId() != null) {
            if (!seen.add(at.id())) {
                return false;
            }
            at = lib.posts().find(at.parentId()).orElseThrow();
        }
        return true;
    }
}
