package dev.blogwright.gui.postlist;

import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostSummary;
import java.time.ZoneId;
import java.util.function.ToIntFunction;
import javafx.collections.MapChangeListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The list's title cell: the title, and under it in a quieter line what else a writer scans for (featured,
 * status and date, category, words). Two lines let the list be narrow (about a quarter of the window) and still
 * say what a row of five columns said; the separate columns stay available from the table's column menu.
 */
final class PostTitleCell extends TableCell<PostSummary, String> {
    private final Label title = new Label();
    private final Label meta = new Label();
    private final VBox lines = new VBox(1, title, meta);
    /** A title cut by a narrow list is read in full here. */
    private final Tooltip fullTitle = new Tooltip();

    private final ToIntFunction<PostSummary> words;
    private final PostListViewModel vm;

    /**
     * The row's word count is as the editor last saved it ({@link PostListViewModel#savedWords()} changes when it
     * does), so the open post's row follows the editor without reloading the list; a sub-page's title carries its
     * parent's path.
     */
    PostTitleCell(PostListViewModel vm) {
        this.vm = vm;
        this.words = vm::words;
        vm.savedWords().addListener((MapChangeListener<Long, Integer>) change -> {
            PostSummary shown = getTableRow() == null ? null : getTableRow().getItem();
            if (shown != null && !isEmpty() && shown.id() == change.getKey()) {
                meta.setText(metaLine(shown));
            }
        });
        title.getStyleClass().add("post-title");
        meta.getStyleClass().add("post-meta");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        fullTitle.setWrapText(true);
        fullTitle.setMaxWidth(480);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        PostSummary post = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (post == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        title.setText(vm.title(post));
        fullTitle.setText(title.getText());
        setTooltip(fullTitle);
        meta.setText(metaLine(post));
        setGraphic(lines);
    }

    private String metaLine(PostSummary post) {
        return PostMetaLine.of(post, words.applyAsInt(post), ZoneId.systemDefault(),
                vm.shownKindProperty().get() == PostKind.PAGE);
    }
}
