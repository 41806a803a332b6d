package dev.blogwright.gui.history;

import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.logic.post.RevisionKeeper;
import dev.blogwright.model.Post;
import dev.blogwright.model.Revision;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window listing a post's revisions with a diff against the current text and a Restore button. */
public final class HistoryDialog {
    static final String READING = "Reading the history…";
    static final String NO_REVISIONS = "No revisions of this post yet. Ctrl+S keeps one, and while you write one is"
            + " kept every " + RevisionKeeper.AUTOSAVE_INTERVAL.toMinutes() + " minutes.";
    static final String PICK = "Pick a revision to see how it differs from the text now.";
    private final Stage stage = new Stage();
    private final ListView<Revision> list = new ListView<>();
    private final Button restore = new Button("Restore");

    /**
     * @param onRestored runs on the FX thread with the stored post after a restore, so the editor reloads it
     */
    public HistoryDialog(Window owner, HistoryViewModel vm, DialogService dialogs, Consumer<Post> onRestored) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Revision history");
        list.getStyleClass().add("revision-list");
        list.setItems(vm.getRevisions());
        list.setCellFactory(v -> new ListCell<>() {
            {
                // A long title wraps onto more lines instead of ending in "…".
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(20));
                setMaxWidth(USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : vm.describe(r));
            }
        });
        // An empty window said nothing to a new post's writer: the lists say why they are empty.
        Label noRevisions = placeholder(READING);
        list.setPlaceholder(noRevisions);
        list.setPrefWidth(320);
        list.setMinWidth(240);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        ListView<LineDiff.Line> diff = new ListView<>(vm.getDiff());
        diff.getStyleClass().add("diff-view");
        diff.setCellFactory(v -> new DiffCell(diff));
        diff.setPlaceholder(placeholder(PICK));
        restore.disableProperty().bind(vm.selectedProperty().isNull());
        restore.setDefaultButton(true);
        restore.setOnAction(e -> {
            Revision r = vm.selectedProperty().get();
            restore.disableProperty().unbind();
            restore.setDisable(true);
            BackgroundTasks.write(() -> vm.restore(r), post -> {
                stage.close();
                onRestored.accept(post);
            }, err -> {
                restore.disableProperty().bind(vm.selectedProperty().isNull());
                dialogs.showError("The revision could not be restored.", err);
            });
        });
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label hint = new Label("Lines marked − are in the revision only, + in the current text only.");
        hint.getStyleClass().add("history-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        restore.setMinWidth(Button.USE_PREF_SIZE);
        close.setMinWidth(Button.USE_PREF_SIZE);
        HBox buttons = new HBox(8, hint, restore, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8));
        SplitPane split = new SplitPane(list, diff);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(list, false);
        BorderPane root = DialogLook.styled(new BorderPane(split, null, null, buttons, null));
        root.getStyleClass().add("history-dialog");
        stage.setScene(new Scene(root, 1040, 640));
        var css = HistoryDialog.class.getResource("/dev/blogwright/gui/history/history.css");
        if (css != null) {
            stage.getScene().getStylesheets().add(css.toExternalForm());
        }
        BackgroundTasks.run(vm::load, loaded -> {
            noRevisions.setText(NO_REVISIONS);
            vm.show(loaded);
        }, err -> dialogs.showError("The history could not be read.", err));
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("history-placeholder");
        return label;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** One diff line per cell, as tall as its text (wrapped to the list's width, never cut at the edge). */
    private static final class DiffCell extends ListCell<LineDiff.Line> {
        DiffCell(ListView<LineDiff.Line> owner) {
            setWrapText(true);
            // Wrapping needs a width to wrap at: the list's, less its scroll bar.
            prefWidthProperty().bind(owner.widthProperty().subtract(20));
            setMaxWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(LineDiff.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("diff-added", "diff-removed");
            if (empty || line == null) {
                setText(null);
                return;
            }
            switch (line.kind()) {
                case ADDED -> getStyleClass().add("diff-added");
                case REMOVED -> getStyleClass().add("diff-removed");
                default -> { }
            }
            String mark = switch (line.kind()) {
                case ADDED -> "+ ";
                case REMOVED -> "− ";
                case SAME -> "  ";
            };
            setText(mark + line.text());
        }
    }
}
