package dev.blogwright.gui.editor;

import dev.blogwright.logic.markdown.PostText;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open text's word count and the excerpt an export would write for it, counted off the FX thread: the status
 * bar, the goal and the Excerpt field's placeholder show them.
 */
final class TextStats {
    private static final Logger LOG = LoggerFactory.getLogger(TextStats.class);
    private final EditorTasks tasks;
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper autoExcerpt = new ReadOnlyStringWrapper("");

    TextStats(EditorTasks tasks) {
        this.tasks = tasks;
    }

    void update(String text) {
        // The placeholder shows the excerpt the export would write when the field stays empty.
        tasks.read(() -> new Object[] {PostText.wordCount(text), PostText.excerpt("", text)}, r -> {
            words.set((Integer) r[0]);
            autoExcerpt.set((String) r[1]);
        }, e -> LOG.warn("word count failed", e));
    }

    /** "3 min read", or nothing for an empty post: "0 words · 1 min read" says something untrue. */
    String readingTimeText() {
        // The preview's header says the same: PostText is the one place that words reading time.
        return words.get() == 0 ? "" : PostText.readingTimeLabel(PostText.readingMinutes(words.get()));
    }

    ReadOnlyIntegerProperty wordsProperty() {
        return words.getReadOnlyProperty();
    }

    ReadOnlyStringProperty autoExcerptProperty() {
        return autoExcerpt.getReadOnlyProperty();
    }
}
