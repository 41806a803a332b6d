package dev.blogwright.gui.sync;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.FxDialogService;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File ▸ Sync: the repository, "Sync now" with the last sync's summary, automatic sync (every few minutes, after
 * saving) and the posts flagged with a conflict.
 */
public final class SyncDialog extends Dialog<Void> {
    final Button syncButton = new Button("Sync now");
    final ListView<SyncViewModel.Row> conflicts = new ListView<>();
    final Button compare = new Button("Compare…");
    final Button changeRemote = new Button("Change…");
    final ComboBox<Integer> every = new ComboBox<>();
    final CheckBox afterSave = new CheckBox("Also sync " + SyncScheduler.AFTER_SAVE.toSeconds()
            + " s after saving");

    /** Opens the dialog for the main window's sync. */
    public static void open(Window owner, AutoSync sync) {
        DialogService dialogs = new FxDialogService(owner);
        new SyncDialog(owner, new SyncViewModel(sync, dialogs), dialogs).show();
    }

    public SyncDialog(Window owner, SyncViewModel vm, DialogService dialogs) {
        initOwner(owner);
        setTitle("Sync");
        setResizable(true);
        Label repository = new Label();
        repository.textProperty().bind(vm.remoteProperty().map(r -> r.isEmpty() ? "Repository: none yet"
                : "Repository: " + r));
        repository.setWrapText(true);
        changeRemote.setOnAction(e -> vm.changeRemote());
        changeRemote.disableProperty().bind(vm.runningProperty().or(vm.remoteProperty().isEmpty()));
        changeRemote.setMinWidth(Button.USE_PREF_SIZE);
        HBox where = new HBox(10, repository, changeRemote);
        where.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(repository, Priority.ALWAYS);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.getStyleClass().add("sync-summary");
        // A long reason ("not found: no Git repository at …") wraps onto more lines beside the button, never cut.
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.runningProperty());
        syncButton.disableProperty().bind(vm.runningProperty());
        syncButton.setOnAction(e -> vm.sync());
        syncButton.setDefaultButton(true);
        syncButton.setMinWidth(Button.USE_PREF_SIZE);
        HBox run = new HBox(10, syncButton, progress, summary);
        run.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, where, run, automatic(vm),
                new Label("Posts with a sync conflict (the other version is kept until you choose):"), conflicts,
                compare);
        conflicts.setItems(vm.conflicts());
        conflicts.setCellFactory(v -> new ListCell<>() {
            {
                // A long title wraps onto more lines instead of running off sideways.
                setWrapText(true);
                prefWidthProperty().bind(conflicts.widthProperty().subtract(20));
                setMaxWidth(USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(SyncViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.toString());
            }
        });
        conflicts.setPlaceholder(new Label("No conflicts."));
        conflicts.setPrefSize(560, 180);
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
        // A double-click or Enter on a conflict compares it, as the button does.
        conflicts.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !compare.isDisabled()) {
                compare.fire();
            }
        });
        conflicts.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !compare.isDisabled()) {
                compare.fire();
                e.consume();
            }
        });
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        DialogLook.styled(getDialogPane());
    }

    /** "Sync automatically: every 5 minutes" and "Also sync 30 s after saving". */
    private HBox automatic(SyncViewModel vm) {
        every.getItems().setAll(AutoSyncSettings.INTERVALS);
        every.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null || m == 0 ? "Off" : m == 1 ? "Every minute" : m == 60 ? "Every hour"
                        : "Every " + m + " minutes";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        every.valueProperty().bindBidirectional(vm.minutesProperty());
        afterSave.selectedProperty().bindBidirectional(vm.afterSaveProperty());
        Label label = new Label("Sync automatically:");
        label.setLabelFor(every);
        label.setMinWidth(Label.USE_PREF_SIZE);
        every.setMinWidth(ComboBox.USE_PREF_SIZE);
        afterSave.setMinWidth(CheckBox.USE_PREF_SIZE);
        HBox row = new HBox(10, label, every, afterSave);
        row.setAlignment(Pos.CENTER_LEFT);
        // Nothing to sync with yet: the setting waits for a repository.
        row.disableProperty().bind(vm.remoteProperty().isEmpty());
        return row;
    }
}
