package dev.blogwright.gui.export;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.gui.common.FormGrid;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The export dialog: format, folder, drafts, then progress with cancel and "Open folder" at the end. */
public final class ExportDialog extends Dialog<Void> {
    public ExportDialog(Window owner, ExportViewModel vm, Consumer<String> openInSystem) {
        initOwner(owner);
        setTitle("Export");
        ChoiceBox<ExportRunner.Format> format = new ChoiceBox<>();
        format.getItems().setAll(ExportRunner.Format.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportRunner.Format f) {
                return f == null ? "" : label(f);
            }

            @Override
            public ExportRunner.Format fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(vm.formatProperty());
        TextField folder = new TextField();
        folder.setPrefColumnCount(34);
        folder.textProperty().bindBidirectional(vm.targetProperty());
        Button browse = new Button("Choose…");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> vm.chooseFolder());
        HBox.setHgrow(folder, Priority.ALWAYS);
        CheckBox drafts = new CheckBox("Include drafts");
        drafts.selectedProperty().bindBidirectional(vm.includeDraftsProperty());
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.work().progressProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.work().messageProperty());
        Button start = new Button("Export");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStartBinding().not());
        start.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel export");
        cancel.disableProperty().bind(vm.work().runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button open = new Button("Open folder");
        open.disableProperty().bind(vm.resultProperty().isNull());
        open.setOnAction(e -> openInSystem.accept(vm.resultProperty().get().output().toUri().toString()));
        for (var c : new Node[] {format, drafts, folder, browse}) {
            c.disableProperty().bind(vm.work().runningProperty());
        }
        GridPane grid = FormGrid.create(10);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Folder"), new HBox(6, folder, browse));
        grid.addRow(2, new Label(""), drafts);
        grid.addRow(3, new Label("Progress"), bar);
        grid.addRow(4, new Label(""), message);
        grid.addRow(5, new Label(""), new HBox(6, start, cancel, open));
        GridPane.setHgrow(bar, Priority.ALWAYS);
        for (var b : new Button[] {start, cancel, open}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        drafts.setMinWidth(Region.USE_PREF_SIZE);
        getDialogPane().setContent(grid);
        DialogLook.apply(this);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setOnCloseRequest(e -> vm.cancel());
    }

    /** The format as a person names it, not the enum constant. */
    static String label(ExportRunner.Format format) {
        return switch (format) {
            case HTML -> "Static site (HTML)";
            case JSON -> "JSON data";
            case ALL -> "Static site and JSON";
            case ZIP -> "Static site as a .zip";
        };
    }
}
