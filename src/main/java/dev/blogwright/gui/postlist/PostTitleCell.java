package dev.blogwright.gui.postlist;

import dev.blogwright.gui.common.Wording;
import dev.blogwright.model.PostSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/**
 * The list's title cell: the title, and under it in a quieter line what else a writer scans for (featured,
 * status and date, category, words). Two lines let the list be narrow (about a fifth of the window) and still say what a
 * row of five columns said; the separate columns stay available from the table's column menu.
 */
final class PostTitleCell extends TableCell<PostSummary, String> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Label title = new Label();
    private final Label meta = new Label();
    private final VBox lines = new VBox(1, title, meta);

    PostTitleCell() {
        title.getStyleClass().add("post-title");
        meta.getStyleClass().add("post-meta");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        PostSummary post = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (post == null) {
            setGraphic(null);
            return;
        }
        title.setText(post.title().isBlank() ? "Untitled" : post.title());
        meta.setText(metaLine(post, ZoneId.systemDefault()));
        setGraphic(lines);
    }

    /** "★ Featured · Published 30 Apr 2026 · Performance · 303 words". */
    static String metaLine(PostSummary post, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        if (post.featured()) {
            parts.add("★ Featured");
        }
        parts.add(Wording.status(post.status())
                + (post.publishedAt() == null ? "" : " " + DATE.withZone(zone).format(post.publishedAt())));
        if (post.categoryName() != null && !post.categoryName().isBlank()) {
            parts.add(post.categoryName());
        }
        parts.add(Wording.count(post.words(), "word", "words"));
        return String.join(" · ", parts);
    }
}
