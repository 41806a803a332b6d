package dev.blogwright.gui.problems;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.logic.check.Finding;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** View ▸ Problems: a window beside the main one listing the blog check's findings; double-click or Enter opens one. */
public final class ProblemsDialog extends Dialog<Void> {
    private final TableView<Finding> table = new TableView<>();

    public ProblemsDialog(Window owner, ProblemsViewModel vm, Consumer<Finding> onOpen) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Problems");
        setResizable(true);
        table.setId("problems-table");
        table.setItems(vm.findings());
        // Wide enough for the slugs blogs use (the sample's longest has 37 characters): a cut slug names no post.
        table.getColumns().add(column("Post", 300, f -> f.slug()));
        table.getColumns().add(column("Kind", 140, ProblemsViewModel::kindText));
        table.getColumns().add(column("Problem", 380, Finding::detail));
        TableColumn<Finding, Number> line = new TableColumn<>("Line");
        line.setPrefWidth(70);
        // The flexing last column is the one squeezed when the window is narrow; its header must stay whole.
        line.setMinWidth(70);
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        table.getColumns().add(line);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No problems to show."));
        table.setRowFactory(t -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Finding selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected);
                e.consume();
            }
        });
        Label summary = new Label();
        summary.setId("problems-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        Button again = new Button("Check again");
        again.setId("problems-check");
        again.disableProperty().bind(vm.checkingProperty());
        again.setOnAction(e -> vm.refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, summary, gap, again);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(8, bar, table);
        content.setPrefSize(960, 420);
        content.setPadding(new Insets(4, 8, 0, 8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        DialogLook.apply(this);
    }

    private static TableColumn<Finding, String> column(String title, double width,
                                                       Function<Finding, String> value) {
        TableColumn<Finding, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    TableView<Finding> table() {
        return table;
    }
}
