package dev.blogwright.gui.menus;

import dev.blogwright.gui.menus.MenusViewModel.Place;
import dev.blogwright.gui.menus.MenusViewModel.Which;
import dev.blogwright.model.MenuEntry;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * One menu as a tree that follows the view model's list. Drag a row onto the upper or lower part of another to
 * place it before or after; onto the middle of a top row to put it under that row (one level only).
 */
final class MenuTree extends TreeView<MenuEntry> {
    private static final String DRAG_PREFIX = "blogwright-menu-entry:";
    private final MenusViewModel vm;
    private final Which which;

    MenuTree(MenusViewModel vm, Which which) {
        this.vm = vm;
        this.which = which;
        setRoot(new TreeItem<>());
        setShowRoot(false);
        getStyleClass().add("menu-tree");
        setCellFactory(t -> new EntryCell());
        vm.menu(which).addListener((ListChangeListener<MenuEntry>) c -> rebuild(selectedPlace().orElse(null)));
        rebuild(null);
    }

    /** Fills the tree from the menu, every parent open, selecting {@code select} when given. */
    void rebuild(Place select) {
        getRoot().getChildren().clear();
        for (MenuEntry e : vm.menu(which)) {
            TreeItem<MenuEntry> item = new TreeItem<>(e);
            e.children().forEach(child -> item.getChildren().add(new TreeItem<>(child)));
            item.setExpanded(true);
            getRoot().getChildren().add(item);
        }
        if (select != null) {
            select(select);
        }
    }

    void select(Place place) {
        if (place.top() >= getRoot().getChildren().size()) {
            return;
        }
        TreeItem<MenuEntry> top = getRoot().getChildren().get(place.top());
        TreeItem<MenuEntry> item = place.isChild() && place.child() < top.getChildren().size()
                ? top.getChildren().get(place.child()) : top;
        getSelectionModel().select(item);
        scrollTo(getRow(item));
    }

    Optional<Place> selectedPlace() {
        return placeOf(getSelectionModel().getSelectedItem());
    }

    private Optional<Place> placeOf(TreeItem<MenuEntry> item) {
        if (item == null || item.getParent() == null) {
            return Optional.empty();
        }
        TreeItem<MenuEntry> parent = item.getParent();
        if (parent == getRoot()) {
            return Optional.of(Place.top(parent.getChildren().indexOf(item)));
        }
        return Optional.of(new Place(getRoot().getChildren().indexOf(parent), parent.getChildren().indexOf(item)));
    }

    private static Optional<Place> parse(String text) {
        if (text == null || !text.startsWith(DRAG_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.substring(DRAG_PREFIX.length()).split(":");
        return Optional.of(new Place(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
    }

    /** A row: the entry's words, a drag source and a drop target. */
    private final class EntryCell extends TreeCell<MenuEntry> {
        EntryCell() {
            getStyleClass().add("menu-entry-cell");
            setOnDragDetected(e -> placeOf(getTreeItem()).ifPresent(place -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + place.top() + ":" + place.child());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }));
            setOnDragOver(e -> {
                if (!isEmpty() && parse(e.getDragboard().getString()).isPresent()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(this::dropped);
        }

        private void dropped(DragEvent e) {
            Optional<Place> from = parse(e.getDragboard().getString());
            Optional<Place> onto = placeOf(getTreeItem());
            boolean done = false;
            if (from.isPresent() && onto.isPresent()) {
                Place target = onto.get();
                double y = e.getY() / Math.max(1, getHeight());
                Optional<Place> moved;
                if (target.isChild()) {
                    moved = vm.move(which, from.get(), target.top(), true);
                } else if (y > 0.3 && y < 0.7) {
                    moved = vm.move(which, from.get(), target.top(), true);
                } else {
                    moved = vm.move(which, from.get(), y <= 0.3 ? target.top() : target.top() + 1, false);
                }
                moved.ifPresent(MenuTree.this::select);
                done = moved.isPresent();
            }
            e.setDropCompleted(done);
            e.consume();
        }

        @Override
        protected void updateItem(MenuEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null : vm.line(entry));
        }
    }
}
