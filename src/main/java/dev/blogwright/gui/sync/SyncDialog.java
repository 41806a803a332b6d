package dev.blogwright.gui.sync;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.FxDialogService;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File ▸ Sync: runs a sync with a progress indicator, shows the summary and the posts flagged with a conflict. */
public final class SyncDialog extends Dialog<Void> {
    final Button syncButton = new Button("Sync now");
    final ListView<SyncViewModel.Row> conflicts = new ListView<>();
    final Button compare = new Button("Compare…");

    /** Opens the dialog for the main window's library ({@code libraryChanged} refreshes the list and the editor). */
    public static void open(Window owner, BlogLibrary library, Runnable libraryChanged) {
        DialogService dialogs = new FxDialogService(owner);
        new SyncDialog(owner, new SyncViewModel(library, dialogs, libraryChanged), dialogs).show();
    }

    public SyncDialog(Window owner, SyncViewModel vm, DialogService dialogs) {
        initOwner(owner);
        setTitle("Sync");
        setResizable(true);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.runningProperty());
        syncButton.disableProperty().bind(vm.runningProperty());
        syncButton.setOnAction(e -> vm.sync());
        syncButton.setDefaultButton(true);
        conflicts.setItems(vm.conflicts());
        conflicts.setPlaceholder(new Label("No conflicts."));
        conflicts.setPrefSize(520, 200);
        compare.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.runningProperty()));
        compare.setOnAction(e -> {
            SyncViewModel.Row row = conflicts.getSelectionModel().getSelectedItem();
            try {
                boolean settled = new ConflictView(getDialogPane().getScene().getWindow(), vm.conflictsService(),
                        row.conflict()).showAndWait().orElse(false);
                if (settled) {
                    vm.settled();
                }
            } catch (RuntimeException ex) {
                dialogs.showError(ex.getMessage(), ex);
            }
        });
        VBox box = new VBox(10, new HBox(10, syncButton, progress, summary),
                new Label("Posts with a sync conflict (the other version is kept until you choose):"), conflicts,
                compare);
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        DialogLook.styled(getDialogPane());
    }
}
