package dev.blogwright.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's saves after a sync changed the open post under text typed meanwhile: merged three-way, never
 * written over the other edit, and a clash keeps both.
 */
class OpenPostMergeTest {
    private static final String BASE = "Intro paragraph.\n\nMiddle paragraph.\n\nClosing paragraph.\n";
    @TempDir
    Path dir;
    private BlogLibrary library;
    private OpenPostMerge editing;
    private Post post;
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void setUp() {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        post = library.posts().create(Post.draft("A post", BASE).build());
        editing = new OpenPostMerge(library.posts());
        editing.setListener(new OpenPostMerge.Listener() {
            @Override
            public void saved() {
                heard.add("saved");
            }

            @Override
            public void merged(long postId) {
                heard.add("merged " + postId);
            }

            @Override
            public void conflict(Post other) {
                heard.add("conflict");
                KeptVersions.keep(library, other);
            }
        });
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    /** What a sync does: the other computer's text lands in the library while the editor holds {@code BASE}. */
    private void syncBringsIn(String theirs) {
        library.posts().autosave(post.id(), null, theirs);
        editing.diverged(post.id(), BASE);
    }

    private String stored() {
        return library.posts().find(post.id()).orElseThrow().body();
    }

    @Test
    void withoutASyncSavesPassStraightThrough() {
        editing.autosave(post.id(), null, "Mine.\n");
        assertThat(stored()).isEqualTo("Mine.\n");
        assertThat(heard).containsExactly("saved");
    }

    @Test
    void typingInOneParagraphAndTheirEditInAnotherBothLand() {
        syncBringsIn(BASE.replace("Closing paragraph.", "Closing paragraph, edited on the desktop."));
        String mine = BASE.replace("Intro paragraph.", "Intro paragraph, typed on the laptop.");
        editing.autosave(post.id(), null, mine);
        assertThat(stored()).contains("typed on the laptop", "edited on the desktop");
        assertThat(heard).containsExactly("saved", "merged " + post.id());
        // More typing merges again, from the text the editor last sent.
        String more = mine.replace("Middle paragraph.", "Middle paragraph, and more.");
        editing.autosave(post.id(), null, more);
        assertThat(stored()).contains("typed on the laptop", "and more", "edited on the desktop");
    }

    @Test
    void aReadShowsTheEditorItsOwnTextUntilItCatchesUp() {
        String theirs = BASE.replace("Closing", "Their closing");
        syncBringsIn(theirs);
        assertThat(editing.find(post.id()).orElseThrow().body()).isEqualTo(BASE);
        assertThat(editing.catchUpText(post.id(), "typed meanwhile")).isEmpty();
        assertThat(editing.catchUpText(post.id(), BASE)).contains(theirs);
        editing.caughtUp(post.id());
        assertThat(editing.find(post.id()).orElseThrow().body()).isEqualTo(theirs);
        editing.autosave(post.id(), null, theirs + "More.\n");
        assertThat(stored()).isEqualTo(theirs + "More.\n");
    }

    @Test
    void theSameLineChangedOnBothSidesKeepsMineAndTheirsAsAConflict() {
        syncBringsIn(BASE.replace("Middle paragraph.", "Their middle."));
        editing.autosave(post.id(), null, BASE.replace("Middle paragraph.", "My middle."));
        assertThat(stored()).contains("My middle.").doesNotContain("Their middle.");
        var conflicts = LibraryTexts.conflicts(library).of(post.id());
        assertThat(conflicts).hasSize(1);
        assertThat(LibraryTexts.conflicts(library).other(conflicts.get(0)).body()).contains("Their middle.");
        assertThat(conflicts.get(0).from()).isEqualTo(KeptVersions.FROM);
        assertThat(editing.diverged(post.id())).isFalse();
    }

    @Test
    void aFullSaveOfTheEditorsFieldsMergesTheTextToo() {
        syncBringsIn(BASE.replace("Closing", "Their closing"));
        editing.saveEdit(post.id(), stored -> stored.toBuilder().title("New title")
                .body(BASE.replace("Intro", "My intro")).build(), true, false);
        Post now = library.posts().find(post.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("New title");
        assertThat(now.body()).contains("My intro", "Their closing");
    }

    @Test
    void aRestoredRevisionReplacesTheTextAndEndsTheMerging() {
        syncBringsIn(BASE.replace("Closing", "Their closing"));
        Post restored = library.posts().find(post.id()).orElseThrow().toBuilder().body("Restored.\n").build();
        editing.save(restored, true);
        assertThat(stored()).isEqualTo("Restored.\n");
        assertThat(editing.find(post.id()).orElseThrow().body()).isEqualTo("Restored.\n");
    }

    @Test
    void anImportLandingBetweenTwoSavesIsMergedEvenBeforeTheSyncSaysSo() {
        editing.find(post.id());
        editing.syncing();
        // A sync running beside the editor imports the other computer's edit; its push has not finished yet.
        library.posts().autosave(post.id(), null, BASE.replace("Closing", "Their closing"));
        editing.autosave(post.id(), null, BASE.replace("Intro", "My intro"));
        assertThat(stored()).contains("My intro", "Their closing");
        assertThat(heard).containsExactly("saved", "merged " + post.id());
    }

    @Test
    void aReadDuringASyncDoesNotHideTheImportFromTheNextSave() {
        editing.find(post.id());
        editing.syncing();
        library.posts().autosave(post.id(), null, BASE.replace("Closing", "Their closing"));
        // A refresh reads the post, but keeps the writer's unsaved text on screen.
        editing.find(post.id());
        editing.autosave(post.id(), null, BASE.replace("Intro", "My intro"));
        assertThat(stored()).contains("My intro", "Their closing");
    }

    @Test
    void afterTheSyncTheEditorWithNothingUnsavedCatchesUp() {
        editing.find(post.id());
        editing.syncing();
        String theirs = BASE.replace("Closing", "Their closing");
        library.posts().autosave(post.id(), null, theirs);
        editing.synced(post.id());
        assertThat(editing.diverged(post.id())).isTrue();
        assertThat(editing.catchUpText(post.id(), BASE)).contains(theirs);
    }
}
