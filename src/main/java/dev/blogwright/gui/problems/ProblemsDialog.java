package dev.blogwright.gui.problems;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.logic.check.Finding;
import dev.blogwright.logic.check.FindingKind;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** View ▸ Problems: a window beside the main one listing the blog check's findings; double-click or Enter opens one. */
public final class ProblemsDialog extends Dialog<Void> {
    private final TableView<Finding> table = new TableView<>();

    public ProblemsDialog(Window owner, ProblemsViewModel vm, Consumer<Finding> onOpen) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Problems");
        setResizable(true);
        table.setId("problems-table");
        table.setItems(vm.shown());
        // Posts by their titles; a cut title or problem is read whole in the cell's tooltip.
        TableColumn<Finding, String> post = column("Post", 320, vm::postText);
        // A long title or problem ends in "…" by design ("may-elide", as the UI audit knows); its tooltip is whole.
        post.getStyleClass().add("may-elide");
        table.getColumns().add(post);
        table.getColumns().add(column("Kind", 130, ProblemsViewModel::kindText));
        TableColumn<Finding, Number> line = new TableColumn<>("Line");
        line.setPrefWidth(60);
        line.setMinWidth(60);
        // A problem of the post as a whole has no line: the cell stays empty rather than saying "0".
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().hasPlace() ? c.getValue().line()
                : null));
        table.getColumns().add(line);
        // The problem's text is the flexing last column: it takes what the window gives.
        TableColumn<Finding, String> problem = column("Problem", 420, Finding::detail);
        problem.getStyleClass().add("may-elide");
        table.getColumns().add(problem);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(vm.checkingProperty()).then("Checking…")
                .otherwise("No problems to show."));
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem(), onOpen);
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Finding selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open(selected, onOpen);
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
        ComboBox<FindingKind> kind = new ComboBox<>();
        kind.setId("problems-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(FindingKind k) {
                return ProblemsViewModel.kindText(k);
            }

            @Override
            public FindingKind fromString(String s) {
                return null;
            }
        });
        vm.kinds().addListener((ListChangeListener<FindingKind>) c -> {
            FindingKind chosen = vm.kindProperty().get();
            kind.getItems().setAll(vm.kinds());
            kind.getItems().add(0, null);
            kind.setValue(chosen);
        });
        kind.getItems().add(null);
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        HBox bar = new HBox(12, summary, gap, kind, again);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(8, bar, table);
        content.setPrefSize(960, 420);
        content.setPadding(new Insets(4, 8, 0, 8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        DialogLook.apply(this);
    }

    /**
     * Opens a finding, then moves this window to the lower part of the main one, so it no longer covers the
     * place just opened (the editor shows it near the middle).
     */
    private void open(Finding finding, Consumer<Finding> onOpen) {
        onOpen.accept(finding);
        Window owner = getOwner();
        if (owner == null || !isShowing()) {
            return;
        }
        double height = Math.max(240, Math.min(getHeight(), owner.getHeight() / 3));
        setHeight(height);
        setY(owner.getY() + owner.getHeight() - height);
    }

    private static TableColumn<Finding, String> column(String title, double width,
                                                       Function<Finding, String> value) {
        TableColumn<Finding, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return c;
    }

    TableView<Finding> table() {
        return table;
    }
}
