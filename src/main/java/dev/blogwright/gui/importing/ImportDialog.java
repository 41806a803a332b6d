package dev.blogwright.gui.importing;

import dev.blogwright.gui.common.DialogLook;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The import dialog: sources, a preview of what would happen (dry run), then the import with progress. */
public final class ImportDialog extends Dialog<Void> {
    public ImportDialog(Window owner, ImportViewModel vm, Runnable afterImport) {
        initOwner(owner);
        setTitle("Import");
        setResizable(true);
        ListView<Path> sources = new ListView<>(vm.sources());
        sources.setPrefHeight(90);
        Button files = new Button("Add files…");
        files.setOnAction(e -> vm.addFiles());
        Button folder = new Button("Add folder…");
        folder.setOnAction(e -> vm.addFolder());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> vm.sources().clear());
        clear.disableProperty().bind(Bindings.isEmpty(vm.sources()).or(vm.work().runningProperty()));
        Button preview = new Button("Preview");
        preview.setOnAction(e -> vm.preview());
        preview.disableProperty().bind(vm.canPreviewBinding().not());
        Button run = new Button("Import");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.canImportBinding().not());
        run.setOnAction(e -> vm.importNow());
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(vm.work().runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        TableView<ImportRunner.Item> plan = new TableView<>(vm.plan());
        plan.getColumns().add(column("Action", i -> capitalized(i.action().name())));
        plan.getColumns().add(column("Title", ImportRunner.Item::title));
        plan.getColumns().add(column("Source", ImportRunner.Item::source));
        plan.getColumns().add(column("Note", ImportRunner.Item::note));
        plan.setPrefHeight(260);
        plan.setPlaceholder(new Label("Add files or a folder, then Preview to see what the import will do."));
        ListView<String> warnings = new ListView<>(vm.warnings());
        warnings.setPlaceholder(new Label("None"));
        warnings.setPrefHeight(80);
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.work().progressProperty());
        Label message = new Label();
        message.textProperty().bind(vm.work().messageProperty());
        vm.resultProperty().addListener((o, a, b) -> afterImport.run());
        getDialogPane().setContent(new VBox(8, new Label("Sources"), sources, new HBox(6, files, folder, clear),
                new HBox(6, preview, run, cancel), bar, message, new Label("What will happen"), plan,
                new Label("Warnings"), warnings));
        getDialogPane().setPrefWidth(860);
        for (Button b : new Button[] {files, folder, clear, preview, run, cancel}) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        plan.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DialogLook.apply(this);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setOnCloseRequest(e -> vm.cancel());
    }

    /** "CREATE" → "Create": the plan names what will happen in words, not constants. */
    private static String capitalized(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static TableColumn<ImportRunner.Item, String> column(String title,
            Function<ImportRunner.Item, String> value) {
        TableColumn<ImportRunner.Item, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(title.equals("Title") ? 300 : 150);
        // A note such as "date from front matter (date); scheduled by front matter (publishDate)" is read whole:
        // the cell wraps instead of ending in "…".
        c.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setMinHeight(Region.USE_PREF_SIZE);
            }
        });
        return c;
    }
}
