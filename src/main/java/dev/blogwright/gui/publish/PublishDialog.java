package dev.blogwright.gui.publish;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.gui.common.FormGrid;
import dev.blogwright.logic.publish.DeployRecord;
import dev.blogwright.logic.publish.DeployTarget;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File ▸ Publish site…: targets on the left, the chosen one's settings, preview, publish and history on the right. */
public final class PublishDialog extends Dialog<Void> {
    /** "7 Dec 2026, 08:05": a deploy is told apart by the minute; the seconds cut the column at 1280×800. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    public PublishDialog(Window owner, PublishViewModel vm) {
        initOwner(owner);
        setTitle("Publish site");
        setResizable(true);
        ListView<DeployTarget> list = new ListView<>(vm.targets());
        list.setId("publish-targets");
        list.setPrefWidth(170);
        Label none = new Label("No targets yet.\nFill in the form\nand save it.");
        none.setWrapText(true);
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DeployTarget t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name());
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        Button add = button("New target", vm::newTarget);
        Button remove = button("Remove", vm::removeTarget);
        remove.disableProperty().bind(vm.selectedProperty().isNull().or(vm.work().runningProperty()));
        VBox left = new VBox(6, list, new HBox(6, add, remove));
        VBox.setVgrow(list, Priority.ALWAYS);

        GridPane editor = FormGrid.create(10);
        editor.addRow(0, new Label("Name"), field("publish-name", vm.nameProperty(), "e.g. production or staging"));
        editor.addRow(1, new Label("URL"), field("publish-url", vm.urlProperty(),
                "e.g. sftp://user@host/var/www or s3://bucket or file:///srv/www"));
        editor.addRow(2, new Label("Key file"), field("publish-key", vm.keyFileProperty(), "empty: the keys in ~/.ssh"));
        editor.addRow(3, new Label("Password variable"), field("publish-env", vm.passwordEnvProperty(),
                "empty: the keyring, or ask"));
        editor.addRow(4, new Label("Max deletes (%)"), field("publish-max", vm.maxDeletesProperty(), "25"));
        Button save = button("Save target", vm::saveTarget);
        Button test = button("Test connection", vm::testConnection);
        test.disableProperty().bind(vm.canDeployBinding().not());
        editor.addRow(5, new Label(""), new HBox(6, save, test));

        Button preview = button("Preview", vm::preview);
        preview.disableProperty().bind(vm.canDeployBinding().not());
        Button publish = button("Publish", vm::publish);
        publish.setDefaultButton(true);
        publish.disableProperty().bind(vm.canDeployBinding().not());
        Button cancel = button("Cancel publishing", vm::cancel);
        cancel.disableProperty().bind(vm.work().runningProperty().not());
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.work().progressProperty());
        Label message = new Label();
        message.setId("publish-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.work().messageProperty());
        TextArea plan = new TextArea();
        plan.setEditable(false);
        plan.setPrefRowCount(4);
        plan.setId("publish-plan");
        // The plan is what a person reads before publishing: a taller dialog shows more of it, not more margin.
        VBox.setVgrow(plan, Priority.ALWAYS);
        plan.setPromptText("Preview lists what would be sent and deleted.");
        plan.textProperty().bind(vm.planProperty());
        for (Node n : new Node[] {list, add, save, editor}) {
            n.disableProperty().bind(vm.work().runningProperty());
        }

        VBox right = new VBox(10, editor, new HBox(6, preview, publish, cancel), bar, message, plan, history(vm));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(14, left, right);
        content.setPrefSize(880, 560);
        getDialogPane().setContent(content);
        DialogLook.apply(this);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setOnCloseRequest(e -> vm.cancel());
    }

    private static TableView<DeployRecord> history(PublishViewModel vm) {
        TableView<DeployRecord> table = new TableView<>(vm.history());
        table.setId("publish-history");
        table.setPlaceholder(new Label("No deploys yet"));
        table.setPrefHeight(150);
        TableColumn<DeployRecord, String> when = column("When", 170, r -> WHEN.format(r.at()));
        when.setMinWidth(170);
        table.getColumns().add(when);
        table.getColumns().add(column("Result", 430, r -> (r.ok() ? "" : "Failed: ") + r.result()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<DeployRecord, String> column(String title, double width,
            Function<DeployRecord, String> value) {
        TableColumn<DeployRecord, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static TextField field(String id, StringProperty property, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
