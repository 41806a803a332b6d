package dev.blogwright.gui.sync;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.gui.PostEditor;
import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.model.Post;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What sync does to the open post in the editor: saves its text before a sync, brings another computer's edit
 * into it once the writer has nothing unsaved (only the changed lines are replaced, so the caret stays), and shows
 * the conflict notice while the open post has one. On the FX thread.
 */
final class EditorLink {
    private static final Logger LOG = LoggerFactory.getLogger(EditorLink.class);

    private final BlogLibrary library;
    private final OpenPostMerge editing;
    private final LongConsumer compare;
    private PostEditor editor;

    EditorLink(BlogLibrary library, OpenPostMerge editing, LongConsumer compare) {
        this.library = library;
        this.editing = editing;
        this.compare = compare;
    }

    void attach(PostEditor editor) {
        this.editor = editor;
        editor.currentPostProperty().addListener((o, was, is) -> {
            if (is == null || was == null || was.id() != is.id()) {
                // Another post: the one left behind was saved (merged) on the way out, the new one is read whole.
                if (was != null) {
                    editing.caughtUp(was.id());
                }
                showNotice();
            }
        });
    }

    Long openPostId() {
        Post open = editor == null ? null : editor.currentPostProperty().get();
        return open == null ? null : open.id();
    }

    /** Stores what the writer typed so far, so the sync takes it. */
    void flush() {
        if (editor == null) {
            return;
        }
        try {
            editor.flush();
        } catch (RuntimeException e) {
            // The text stays in the editor and its save is retried; the sync goes on with what is stored.
            LOG.warn("saving the editor before a sync failed", e);
        }
    }

    /**
     * When a sync (or a merged save) left the library's text of the open post ahead of the editor's, and the
     * writer has nothing unsaved, the editor takes the library's text; else it keeps typing and tries again after
     * the next merged save.
     */
    void catchUp() {
        Long id = openPostId();
        if (id == null || !editing.diverged(id)) {
            return;
        }
        Optional<String> text = editor.text();
        if (text.isEmpty()) {
            return;
        }
        String mine = text.get();
        // Ordered with the editor's saves: a save queued before this one has moved the base already.
        BackgroundTasks.write(() -> editing.catchUpText(id, mine), stored -> {
            if (stored.isPresent() && id.equals(openPostId()) && editor.text().equals(Optional.of(mine))) {
                editor.applyText(stored.get());
                editing.caughtUp(id);
            }
        }, e -> LOG.warn("bringing the synced text into the editor failed", e));
    }

    /** Shows the conflict notice over the editor while the open post has an unsettled conflict. */
    void showNotice() {
        Long id = openPostId();
        if (id == null) {
            return;
        }
        BackgroundTasks.run(() -> !LibraryTexts.conflicts(library).of(id).isEmpty(), has -> {
            if (id.equals(openPostId())) {
                editor.showSyncConflict(has ? () -> compare.accept(id) : null);
            }
        }, e -> LOG.warn("reading the conflicts of post {} failed", id, e));
    }
}
