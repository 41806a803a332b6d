package dev.blogwright.gui.categories;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.model.Category;
import dev.blogwright.model.Tag;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Window;

/** The categories and tags manager: two lists with their actions; a colour picker for the selected category. */
public final class TaxonomyDialog extends Dialog<Void> {
    private final ListView<Category> categories = new ListView<>();
    private final ListView<Tag> tags = new ListView<>();

    public TaxonomyDialog(Window owner, TaxonomyViewModel vm) {
        initOwner(owner);
        setTitle("Categories and tags");
        setResizable(true);
        categories.setItems(vm.categories());
        categories.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Category c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name());
                setGraphic(empty || c == null || c.colour().isBlank() ? null : new Circle(6, parse(c.colour())));
            }
        });
        tags.setItems(vm.tags());
        tags.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Tag t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name());
            }
        });
        ColorPicker colour = new ColorPicker();
        categories.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                colour.setValue(c.colour().isBlank() ? Color.GRAY : parse(c.colour()));
            }
        });
        colour.setOnAction(e -> withCategory(c -> vm.setColour(c, hex(colour.getValue()))));
        VBox categoryButtons = new VBox(6,
                button("New…", vm::createCategory),
                button("Rename…", () -> withCategory(vm::renameCategory)),
                button("Description…", () -> withCategory(vm::describeCategory)),
                button("Merge into…", () -> withCategory(c -> pick("Merge '" + c.name() + "' into", c,
                        vm.categories(), Category::name, vm::mergeCategory))),
                button("Delete", () -> withCategory(vm::deleteCategory)),
                button("Move up", () -> withCategory(c -> vm.moveCategory(c, -1))),
                button("Move down", () -> withCategory(c -> vm.moveCategory(c, 1))),
                new Label("Colour"), colour);
        VBox tagButtons = new VBox(6,
                button("Rename…", () -> withTag(vm::renameTag)),
                button("Merge into…", () -> withTag(t -> pick("Merge '" + t.name() + "' into", t, vm.tags(),
                        Tag::name, vm::mergeTag))),
                button("Delete", () -> withTag(vm::deleteTag)));
        if (vm.describesTags()) {
            tagButtons.getChildren().add(1, button("Description…", () -> withTag(vm::describeTag)));
        }
        // A button that acts on the selected category (or tag) is greyed while none is: clicking it did nothing.
        for (Node n : categoryButtons.getChildren().subList(1, categoryButtons.getChildren().size())) {
            n.disableProperty().bind(categories.getSelectionModel().selectedItemProperty().isNull());
        }
        for (Node n : tagButtons.getChildren()) {
            n.disableProperty().bind(tags.getSelectionModel().selectedItemProperty().isNull());
        }
        getDialogPane().setContent(new HBox(12,
                new VBox(6, new Label("Categories"), new HBox(6, categories, categoryButtons)),
                new VBox(6, new Label("Tags"), new HBox(6, tags, tagButtons))));
        categories.setPrefSize(240, 320);
        tags.setPrefSize(240, 320);
        categoryButtons.setMinWidth(VBox.USE_PREF_SIZE);
        tagButtons.setMinWidth(VBox.USE_PREF_SIZE);
        DialogLook.apply(this);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        vm.load();
    }

    private <T> void pick(String title, T from, List<T> all, Function<T, String> name,
                          BiConsumer<T, T> action) {
        List<String> names = all.stream().filter(x -> x != from).map(name).toList();
        if (names.isEmpty()) {
            return;
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(names.get(0), names);
        d.initOwner(getDialogPane().getScene().getWindow());
        d.setTitle(title);
        d.setHeaderText(null);
        d.showAndWait().flatMap(n -> all.stream().filter(x -> name.apply(x).equals(n)).findFirst())
                .ifPresent(into -> action.accept(from, into));
    }

    private void withCategory(Consumer<Category> action) {
        Category c = categories.getSelectionModel().getSelectedItem();
        if (c != null) {
            action.accept(c);
        }
    }

    private void withTag(Consumer<Tag> action) {
        Tag t = tags.getSelectionModel().getSelectedItem();
        if (t != null) {
            action.accept(t);
        }
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setMaxWidth(Double.MAX_VALUE);
        // The button column is as wide as its longest label; the lists give way, not the buttons ("Re…").
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Color parse(String css) {
        try {
            return Color.web(css);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
