package dev.blogwright.gui.postlist;

import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Callback;

/**
 * Rows that show draft/featured/trashed state as pseudo-classes and reorder by drag and drop. A drop puts the
 * dragged selection before the row under the pointer (after the last row when dropped below the rows).
 */
final class PostRowFactory implements Callback<TableView<PostSummary>, TableRow<PostSummary>> {
    private static final DataFormat POST_IDS = new DataFormat("application/x-blogwright-post-ids");
    private static final PseudoClass DRAFT = PseudoClass.getPseudoClass("draft");
    private static final PseudoClass FEATURED = PseudoClass.getPseudoClass("featured");
    private static final PseudoClass TRASHED = PseudoClass.getPseudoClass("trashed");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final PostListViewModel vm;

    PostRowFactory(PostListViewModel vm) {
        this.vm = vm;
    }

    @Override
    public TableRow<PostSummary> call(TableView<PostSummary> table) {
        TableRow<PostSummary> row = new TableRow<>() {
            @Override
            protected void updateItem(PostSummary item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(DRAFT, item != null && item.status() == PostStatus.DRAFT);
                pseudoClassStateChanged(FEATURED, item != null && item.featured());
                pseudoClassStateChanged(TRASHED, item != null && item.trashed());
            }
        };
        row.setOnDragDetected(e -> {
            if (row.isEmpty() || !vm.reorderableProperty().get()) {
                return;
            }
            Dragboard board = row.startDragAndDrop(TransferMode.MOVE);
            board.setDragView(row.snapshot(null, null));
            ClipboardContent content = new ClipboardContent();
            content.put(POST_IDS, PostCommands.ids(table.getSelectionModel().getSelectedItems()).toString());
            board.setContent(content);
            e.consume();
        });
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(POST_IDS)) {
                e.acceptTransferModes(TransferMode.MOVE);
                row.pseudoClassStateChanged(DROP_TARGET, true);
            }
            e.consume();
        });
        row.setOnDragExited(e -> row.pseudoClassStateChanged(DROP_TARGET, false));
        row.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasContent(POST_IDS);
            if (ok) {
                int target = row.isEmpty() ? table.getItems().size() : row.getIndex();
                vm.actions().moveTo(List.copyOf(table.getSelectionModel().getSelectedItems()), target);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return row;
    }
}
