package dev.blogwright.gui.editor;

import dev.blogwright.logic.asset.Assets;
import dev.blogwright.logic.post.PostEditing;
import dev.blogwright.logic.post.RevisionHistory;
import dev.blogwright.logic.settings.Settings;
import dev.blogwright.logic.spelling.SpellingService;
import dev.blogwright.logic.taxonomy.Taxonomy;
import dev.blogwright.logic.writing.WordGoals;

/**
 * What the editor screen (the post, its Details pane, the preview's header, the history dialog) uses of the
 * library, each behind a small interface, so its view model is built in a test from fakes without a database.
 * {@code spelling} is null where nothing checks spelling (view-model tests built from fakes).
 */
public record EditorServices(PostEditing posts, Taxonomy taxonomy, Settings settings, Assets assets,
                             RevisionHistory revisions, WordGoals goals, SpellingService spelling) {
    /** Without spelling: the text is never marked. */
    public EditorServices(PostEditing posts, Taxonomy taxonomy, Settings settings, Assets assets,
                          RevisionHistory revisions, WordGoals goals) {
        this(posts, taxonomy, settings, assets, revisions, goals, null);
    }
}
