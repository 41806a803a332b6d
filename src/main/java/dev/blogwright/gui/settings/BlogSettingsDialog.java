package dev.blogwright.gui.settings;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.model.IndexOrder;
import java.nio.file.Path;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Blog settings as a form dialog; OK is refused (with the reason shown) while the form is invalid. */
public final class BlogSettingsDialog extends Dialog<ButtonType> {
    private final GridPane grid = new GridPane();
    private int row;

    public BlogSettingsDialog(Window owner, BlogSettingsViewModel vm, DialogService dialogs) {
        initOwner(owner);
        setTitle("Blog settings");
        grid.setHgap(10);
        grid.setVgap(8);
        text("Header", vm.header);
        text("Title", vm.title);
        text("Tagline", vm.tagline);
        TextArea description = new TextArea();
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(vm.description);
        add("Description", description);
        text("Base URL", vm.baseUrl);
        text("Author", vm.author);
        text("Language", vm.language);
        Spinner<Integer> perPage = new Spinner<>(1, 500, vm.postsPerPage.get());
        perPage.setEditable(true);
        perPage.valueProperty().addListener((o, a, b) -> vm.postsPerPage.set(b));
        add("Posts per page", perPage);
        ChoiceBox<IndexOrder> order = new ChoiceBox<>();
        order.getItems().setAll(IndexOrder.values());
        order.valueProperty().bindBidirectional(vm.indexOrder);
        add("Index order", order);
        TextField theme = new TextField();
        theme.setPromptText("built-in theme");
        theme.textProperty().bindBidirectional(vm.theme);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> dialogs.chooseFolder("Theme folder", vm.theme.get().isBlank() ? null
                : Path.of(vm.theme.get())).ifPresent(p -> vm.theme.set(p.toString())));
        HBox.setHgrow(theme, Priority.ALWAYS);
        add("Theme folder", new HBox(6, theme, browse));
        text("Date format", vm.dateFormat);
        text("Time zone", vm.timeZone);
        CheckBox raw = new CheckBox("Trust raw HTML in posts (otherwise it is sanitized)");
        raw.selectedProperty().bindBidirectional(vm.trustRawHtml);
        add("", raw);
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        add("", problem);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            vm.save().ifPresent(message -> {
                problem.setText(message);
                e.consume();
            });
        });
    }

    private void text(String label, StringProperty property) {
        TextField field = new TextField();
        field.setPrefColumnCount(36);
        field.textProperty().bindBidirectional(property);
        add(label, field);
    }

    private void add(String label, javafx.scene.Node node) {
        grid.addRow(row++, new Label(label), node);
        GridPane.setHgrow(node, Priority.ALWAYS);
    }
}
