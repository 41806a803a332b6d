package dev.blogwright.gui.menus;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.menus.MenusViewModel.Which;
import dev.blogwright.model.Category;
import dev.blogwright.model.MenuEntry;
import dev.blogwright.model.MenuEntry.Kind;
import dev.blogwright.model.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Menus editor's content: a tab per menu (tree, actions, the selected entry's fields) and the social links. */
public final class MenusPane extends TabPane {
    private final MenusViewModel vm;
    private final DialogService dialogs;

    public MenusPane(MenusViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        getTabs().setAll(tab("Header menu", Which.HEADER), tab("Footer menu", Which.FOOTER), socialTab());
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setPrefSize(760, 460);
    }

    private Tab tab(String title, Which which) {
        MenuTree tree = new MenuTree(vm, which);
        tree.setId(which == Which.HEADER ? "header-menu" : "footer-menu");
        TextField label = new TextField();
        label.setId(tree.getId() + "-label");
        label.setPromptText("the target's own name");
        TextField target = new TextField();
        target.setId(tree.getId() + "-target");
        target.setPromptText("slug or https:// address");
        Button apply = button("Apply", () -> tree.selectedPlace().ifPresent(place -> {
            vm.edit(which, place, label.getText(), target.getText());
            tree.select(place);
        }));
        apply.setDefaultButton(false);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            MenuEntry e = item == null ? null : item.getValue();
            label.setText(e == null ? "" : e.label());
            target.setText(e == null ? "" : e.target());
            target.setDisable(e == null || e.kind() == Kind.HOME || e.kind() == Kind.ARCHIVE);
        });
        MenuButton add = new MenuButton("Add");
        add.setId(tree.getId() + "-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setMaxWidth(Double.MAX_VALUE);
        add.getItems().setAll(
                item("Home", () -> added(tree, which, vm.newEntry(Kind.HOME, ""))),
                item("Page…", () -> choose("Add a page", vm.pages(), p -> p.title() + " — /" + p.slug() + "/")
                        .ifPresent(p -> added(tree, which, vm.newEntry(Kind.PAGE, p.slug())))),
                item("Category…", () -> choose("Add a category", vm.categories(), Category::name)
                        .ifPresent(c -> added(tree, which, vm.newEntry(Kind.CATEGORY, c.slug())))),
                item("Tag…", () -> choose("Add a tag", vm.tags(), Tag::name)
                        .ifPresent(t -> added(tree, which, vm.newEntry(Kind.TAG, t.slug())))),
                item("Archive", () -> added(tree, which, vm.newEntry(Kind.ARCHIVE, ""))),
                item("Link", () -> {
                    added(tree, which, vm.newEntry(Kind.EXTERNAL, ""));
                    label.requestFocus();
                    label.selectAll();
                }));
        Button undo = button("Undo", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        VBox actions = new VBox(6, add,
                button("Remove", () -> tree.selectedPlace().ifPresent(p -> vm.remove(which, p))),
                button("Move up", () -> tree.selectedPlace().ifPresent(p -> tree.select(vm.shift(which, p, -1)))),
                button("Move down", () -> tree.selectedPlace().ifPresent(p -> tree.select(vm.shift(which, p, 1)))));
        if (which == Which.HEADER) {
            // The keyboard's way to nest: under the entry above, or back out to the top level.
            actions.getChildren().add(button("Nest / un-nest", () -> tree.selectedPlace()
                    .flatMap(p -> vm.indent(which, p)).ifPresent(tree::select)));
        }
        actions.getChildren().add(undo);
        // Ids per menu: both tabs hold the same buttons, and a test (or a screen reader script) needs this tab's.
        for (Node n : actions.getChildren()) {
            if (n instanceof Button b && n.getId() == null) {
                b.setId(tree.getId() + "-" + b.getText().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
            }
        }
        apply.setId(tree.getId() + "-apply");
        // What acts on the selected entry is greyed while none is selected: clicking it did nothing.
        for (Node n : actions.getChildren()) {
            if (n instanceof Button b && b != undo) {
                b.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
            }
        }
        apply.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        actions.setMinWidth(Region.USE_PREF_SIZE);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, labelFor("Label", label), label);
        form.addRow(1, labelFor("Links to", target), target, apply);
        GridPane.setHgrow(label, Priority.ALWAYS);
        GridPane.setHgrow(target, Priority.ALWAYS);
        HBox.setHgrow(tree, Priority.ALWAYS);
        Label hint = new Label(which == Which.HEADER
                ? "Drag an entry onto the middle of another to put it in that entry's submenu."
                : "The footer menu is one level; social links are on their own tab.");
        hint.setWrapText(true);
        VBox content = new VBox(10, new HBox(10, tree, actions), form, hint);
        VBox.setVgrow(content.getChildren().get(0), Priority.ALWAYS);
        content.setPadding(new Insets(12));
        return new Tab(title, content);
    }

    private Tab socialTab() {
        TextField mastodon = new TextField();
        mastodon.setId("social-mastodon");
        mastodon.setPromptText("https://mastodon.social/@you");
        mastodon.textProperty().bindBidirectional(vm.mastodonProperty());
        TextField github = new TextField();
        github.setPromptText("https://github.com/you");
        github.textProperty().bindBidirectional(vm.githubProperty());
        CheckBox rss = new CheckBox("Link to the blog's RSS feed");
        rss.setMinWidth(Region.USE_PREF_SIZE);
        rss.selectedProperty().bindBidirectional(vm.rssProperty());
        TextArea others = new TextArea();
        others.setPromptText("One a line: Label | https://…");
        others.setPrefRowCount(4);
        others.textProperty().bindBidirectional(vm.otherLinksProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, labelFor("Mastodon", mastodon), mastodon);
        grid.addRow(1, labelFor("GitHub", github), github);
        grid.addRow(2, new Label(), rss);
        grid.addRow(3, labelFor("Other links", others), others);
        GridPane.setHgrow(mastodon, Priority.ALWAYS);
        GridPane.setHgrow(others, Priority.ALWAYS);
        Label hint = new Label("The Mastodon link carries rel=\"me\", so your profile can show the blog as verified.");
        hint.setWrapText(true);
        grid.add(hint, 1, 4);
        return new Tab("Social links", grid);
    }

    private void added(MenuTree tree, Which which, MenuEntry entry) {
        tree.select(vm.add(which, entry));
    }

    private <T> Optional<T> choose(String title, List<T> all, Function<T, String> name) {
        List<String> names = all.stream().map(name).toList();
        if (names.isEmpty()) {
            dialogs.showInfo(title, "The blog has none yet.");
            return Optional.empty();
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(names.get(0), names);
        d.initOwner(getScene().getWindow());
        d.setTitle(title);
        d.setHeaderText(null);
        return d.showAndWait().flatMap(n -> all.stream().filter(x -> name.apply(x).equals(n)).findFirst());
    }

    private static Label labelFor(String text, Node node) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(node);
        return l;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
