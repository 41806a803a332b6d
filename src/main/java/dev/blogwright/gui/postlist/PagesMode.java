package dev.blogwright.gui.postlist;

import dev.blogwright.logic.post.PostSort;
import dev.blogwright.model.Category;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;

/**
 * What the list leaves out while it shows pages, which have no category, date or schedule: the category filter,
 * the Scheduled tab, the date order and the Category and Date columns (taken out of the table, so its column menu
 * does not offer them either). The empty list says what to do in the words of what it shows.
 */
final class PagesMode {
    private final PostListViewModel vm;
    private final ComboBox<PostSort> sortBox;
    private final TableView<PostSummary> table;
    private final List<TableColumn<PostSummary, ?>> postColumns;
    /** Where each post-only column stood, so it goes back to the same place. */
    private final List<Integer> postColumnPlaces = new ArrayList<>();
    private final Label empty;

    PagesMode(PostListViewModel vm, ComboBox<Category> categoryBox, ComboBox<PostSort> sortBox, Pane statusTabs,
              TableView<PostSummary> table, List<TableColumn<PostSummary, ?>> postColumns, Label empty) {
        this.vm = vm;
        this.sortBox = sortBox;
        this.table = table;
        this.postColumns = List.copyOf(postColumns);
        this.empty = empty;
        postColumns.forEach(c -> postColumnPlaces.add(table.getColumns().indexOf(c)));
        BooleanBinding posts = vm.kindProperty().isEqualTo(PostKind.POST);
        hideUnless(categoryBox, posts);
        statusTabs.getChildren().stream().filter(b -> b.getUserData() == StatusFilter.SCHEDULED)
                .forEach(b -> hideUnless(b, posts));
        vm.kindProperty().addListener((o, a, kind) -> show(kind));
        vm.counts().addListener((MapChangeListener<StatusFilter, Integer>) c -> showEmptyText());
        vm.statusProperty().addListener(o -> showEmptyText());
        vm.searchProperty().addListener(o -> showEmptyText());
        show(vm.kindProperty().get());
    }

    private static void hideUnless(Node node, BooleanBinding shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private void show(PostKind kind) {
        boolean pages = kind == PostKind.PAGE;
        PostSort chosen = sortBox.getValue();
        sortBox.getItems().setAll(List.of(PostSort.values()).stream()
                .filter(s -> !pages || s != PostSort.PUBLISHED).toList());
        sortBox.setValue(chosen);
        if (pages) {
            table.getColumns().removeAll(postColumns);
        } else {
            for (int i = 0; i < postColumns.size(); i++) {
                if (!table.getColumns().contains(postColumns.get(i))) {
                    table.getColumns().add(Math.min(postColumnPlaces.get(i), table.getColumns().size()),
                            postColumns.get(i));
                }
            }
        }
        showEmptyText();
    }

    private void showEmptyText() {
        boolean pages = vm.kindProperty().get() == PostKind.PAGE;
        Map<StatusFilter, Integer> n = vm.counts();
        boolean none = n.getOrDefault(StatusFilter.ALL, 0) == 0 && n.getOrDefault(StatusFilter.TRASH, 0) == 0
                && vm.searchProperty().get().isBlank();
        empty.setText(!pages ? "No posts match."
                : none ? "No pages yet. New (Ctrl+N) makes one: About, Contact, a landing page."
                : "No pages match.");
    }
}
