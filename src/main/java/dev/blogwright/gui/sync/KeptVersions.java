package dev.blogwright.gui.sync;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.logic.post.RevisionKeeper;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the library's version of the open post as a sync conflict when text typed during a sync changed the same
 * lines as the edit the sync brought in: the writer's text stays in the post, the other one waits, marked like
 * the conflicts sync itself keeps, until the writer chooses in the side-by-side view.
 */
final class KeptVersions {
    static final String FROM = "another computer";

    private KeptVersions() {
    }

    static void keep(BlogLibrary library, Post other) {
        String category = other.categoryId() == null ? null : library.taxonomy().category(other.categoryId())
                .map(Category::name).orElse(null);
        PostFile file = PostFields.toFile(other, category, library.settings().load().zone());
        Map<String, Object> top = new TreeMap<>(file.frontMatter());
        Map<String, Object> own = new TreeMap<>(file.own());
        own.put(ConflictVersion.FROM, FROM);
        top.put(PostFields.OWN, own);
        String text = new String(new PostFile(top, file.body()).bytes(), StandardCharsets.UTF_8);
        LibraryTexts.of(library).sync().addConflict(other.id(), other.title(), other.body(),
                RevisionKeeper.metadata(other), text);
    }
}
