package dev.blogwright.gui.postlist;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuItem;

/**
 * Move up / Move down act only on the list's manual order: sorted by date or title (or in the trash) they are
 * greyed and say why in their own text, since a menu item has no tooltip and a greyed one would get no hover.
 */
public final class ReorderItems {
    static final String WHY = " (manual order only)";

    private ReorderItems() {
    }

    /** Greys {@code item} while the list cannot be reordered and adds the reason to its text. */
    public static void bind(MenuItem item, PostListViewModel list) {
        bind(item, list.reorderableProperty());
    }

    static void bind(MenuItem item, ObservableBooleanValue reorderable) {
        String text = item.getText();
        item.disableProperty().bind(Bindings.not(reorderable));
        item.textProperty().bind(Bindings.when(reorderable).then(text).otherwise(text + WHY));
    }
}
