package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.LibraryTexts;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post's slug changed on one computer while the other edits it: one post (its shared id in the front matter), with
 * the new slug and the edit, whichever computer syncs first. Renamed differently on both: the slug that sorts first
 * wins on both, and the other is kept in a conflict version of the post, which is flagged.
 */
class RenameSyncTest {
    private static final String POST = "ai-chatbots-lessons";

    @TempDir
    Path dir;
    SyncTestKit kit;

    @BeforeEach
    void bothLibrariesShareTheSampleBlog() throws Exception {
        kit = SyncTestKit.sharingTheSample(dir);
    }

    @Test
    void aSlugRenamedOnTheLaptopAndABodyEditedOnTheDesktopIsOnePostWithBoth() throws Exception {
        renameAndEdit("laptop", "desktop");
    }

    @Test
    void aSlugRenamedOnTheDesktopAndABodyEditedOnTheLaptopIsOnePostWithBoth() throws Exception {
        renameAndEdit("desktop", "laptop");
    }

    @Test
    void theRenamingSideSyncingSecondGivesTheSameOnePost() throws Exception {
        long desktopId = kit.post("desktop", POST).id();
        rename("laptop", "chatbots-revisited");
        kit.editBody("desktop", POST, b -> b + "\nEdited on the desktop.\n");
        kit.sync("desktop");
        kit.sync("laptop");
        kit.sync("desktop");
        assertOnePost("chatbots-revisited", "Edited on the desktop.");
        // The desktop renamed its own post (same library id, so its history stays) rather than making a new one.
        assertThat(kit.post("desktop", "chatbots-revisited").id()).isEqualTo(desktopId);
    }

    @Test
    void renamedDifferentlyOnBothTheSlugThatSortsFirstWinsAndTheOtherIsKept() throws Exception {
        rename("laptop", "zz-laptop-name");
        rename("desktop", "aa-desktop-name");
        kit.sync("laptop");
        kit.sync("desktop");
        kit.sync("laptop");
        assertRenamedBoth("aa-desktop-name", "zz-laptop-name");
    }

    @Test
    void renamedDifferentlyOnBothTheWinnerDoesNotDependOnWhoSyncsFirst() throws Exception {
        rename("laptop", "aa-laptop-name");
        rename("desktop", "zz-desktop-name");
        kit.sync("laptop");
        kit.sync("desktop");
        kit.sync("laptop");
        assertRenamedBoth("aa-laptop-name", "zz-desktop-name");
    }

    private void renameAndEdit(String renames, String edits) throws Exception {
        rename(renames, "chatbots-revisited");
        kit.editBody(edits, POST, b -> b + "\nEdited meanwhile.\n");
        kit.sync(renames);
        assertThat(kit.sync(edits).conflicts()).isZero();
        kit.sync(renames);
        assertOnePost("chatbots-revisited", "Edited meanwhile.");
    }

    private void assertOnePost(String slug, String edit) throws Exception {
        for (String side : new String[] {"laptop", "desktop"}) {
            kit.with(side, lib -> {
                assertThat(lib.posts().findBySlug(POST)).as(side).isEmpty();
                Post renamed = lib.posts().findBySlug(slug).orElseThrow();
                assertThat(renamed.body()).as(side).endsWith(edit + "\n");
                assertThat(LibraryTexts.of(lib).sync().conflicts()).as(side).isEmpty();
            });
        }
        assertEqualLibraries();
        assertThat(kit.text("laptop").keySet()).contains("posts/" + slug + ".md")
                .doesNotContain("posts/" + POST + ".md");
    }

    private void assertRenamedBoth(String winner, String loser) throws Exception {
        for (String side : new String[] {"laptop", "desktop"}) {
            kit.with(side, lib -> {
                assertThat(lib.posts().findBySlug(POST)).as(side).isEmpty();
                assertThat(lib.posts().findBySlug(loser)).as(side).isEmpty();
                Post post = lib.posts().findBySlug(winner).orElseThrow();
                List<ConflictVersion> flagged = LibraryTexts.of(lib).sync().conflicts(post.id());
                assertThat(flagged).as(side).hasSize(1);
                assertThat(flagged.get(0).parsed().frontMatter()).containsEntry("slug", loser);
            });
        }
        assertEqualLibraries();
    }

    private void rename(String side, String slug) throws Exception {
        kit.with(side, lib -> {
            Post p = lib.posts().findBySlug(POST).orElseThrow();
            lib.posts().save(p.toBuilder().slug(slug).build(), true);
        });
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
