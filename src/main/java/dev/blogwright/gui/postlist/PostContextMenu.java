package dev.blogwright.gui.postlist;

import dev.blogwright.model.Category;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The bulk actions of the post list, rebuilt whenever the selection, the tab or the categories change, so it
 * is current when it opens. It is never built while showing: a context menu with no items is never shown, so
 * one filled only on showing never opened.
 */
final class PostContextMenu {
    private final PostListViewModel vm;
    private final Supplier<List<PostSummary>> selection;
    private final ContextMenu menu = new ContextMenu();

    PostContextMenu(PostListViewModel vm, Supplier<List<PostSummary>> selection) {
        this.vm = vm;
        this.selection = selection;
        rebuild();
        vm.selection().addListener((ListChangeListener<PostSummary>) c -> rebuild());
        vm.statusProperty().addListener((o, a, b) -> rebuild());
        vm.kindProperty().addListener((o, a, b) -> rebuild());
        vm.categories().addListener((ListChangeListener<Category>) c -> rebuild());
    }

    ContextMenu menu() {
        return menu;
    }

    private void rebuild() {
        List<PostSummary> rows = selection.get();
        PostListActions a = vm.actions();
        boolean inTrash = vm.statusProperty().get() == StatusFilter.TRASH;
        menu.getItems().clear();
        if (inTrash) {
            menu.getItems().addAll(
                    item("Restore", rows, a::restore),
                    item("Delete forever…", rows, a::deleteForever),
                    new SeparatorMenuItem(),
                    action("Empty trash…", a::emptyTrash, false));
            return;
        }
        // A page has no category, tags or place on the index to feature it in.
        if (vm.kindProperty().get() == PostKind.POST) {
            menu.getItems().addAll(
                    categoryMenu(rows),
                    item("Add tag…", rows, a::addTag),
                    item("Remove tag…", rows, a::removeTag),
                    new SeparatorMenuItem());
        }
        menu.getItems().addAll(
                item("Publish", rows, r -> a.setStatus(r, PostStatus.PUBLISHED)),
                item("Unpublish", rows, r -> a.setStatus(r, PostStatus.DRAFT)));
        if (vm.kindProperty().get() == PostKind.POST) {
            menu.getItems().addAll(
                    item("Feature", rows, r -> a.setFeatured(r, true)),
                    item("Unfeature", rows, r -> a.setFeatured(r, false)));
        }
        menu.getItems().addAll(
                new SeparatorMenuItem(),
                item("Duplicate", rows, a::duplicate),
                reorder(item("Move up", rows, r -> a.moveBy(r, -1)), rows),
                reorder(item("Move down", rows, r -> a.moveBy(r, 1)), rows),
                new SeparatorMenuItem(),
                item("Move to trash", rows, a::trash));
    }

    private MenuItem reorder(MenuItem item, List<PostSummary> rows) {
        if (!rows.isEmpty()) {
            ReorderItems.bind(item, vm);
        }
        return item;
    }

    private Menu categoryMenu(List<PostSummary> rows) {
        Menu m = new Menu("Set category");
        for (Category c : vm.categories()) {
            m.getItems().add(item(c.name(), rows, r -> vm.actions().setCategory(r, c)));
        }
        m.getItems().addAll(new SeparatorMenuItem(),
                item("(none)", rows, r -> vm.actions().setCategory(r, null)),
                item("New category…", rows, vm.actions()::setNewCategory));
        m.setDisable(rows.isEmpty());
        return m;
    }

    private static MenuItem item(String text, List<PostSummary> rows, Consumer<List<PostSummary>> action) {
        MenuItem item = new MenuItem(text);
        item.setDisable(rows.isEmpty());
        item.setOnAction(e -> action.accept(rows));
        return item;
    }

    private static MenuItem action(String text, Runnable action, boolean disabled) {
        MenuItem item = new MenuItem(text);
        item.setDisable(disabled);
        item.setOnAction(e -> action.run());
        return item;
    }
}
