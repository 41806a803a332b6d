package dev.blogwright.gui.editor;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Details pane offers beside the open post: the category and tag names to pick from, a page's possible
 * parents, and why the library refused the parent last chosen (empty when it did not).
 */
final class DetailsChoices {
    private final ObservableList<String> categoryNames = FXCollections.observableArrayList();
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();
    private final ObservableList<ParentChoice> parents = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper parentRefusal = new ReadOnlyStringWrapper("");

    /** The choices read with the post. */
    void offer(EditorStore.Loaded loaded) {
        categoryNames.setAll(loaded.categories());
        tagNames.setAll(loaded.tags());
        if (!parents.equals(loaded.parents())) {
            parents.setAll(loaded.parents());
        }
    }

    /** A save stored a category or tags that may be new: they become choices too. */
    void saved(String category, List<String> tags) {
        if (!category.isEmpty() && !categoryNames.contains(category)) {
            categoryNames.add(category);
        }
        tags.stream().filter(t -> !tagNames.contains(t)).forEach(tagNames::add);
    }

    /** Why the chosen parent was not stored; null or empty clears the message. */
    void refuseParent(String message) {
        parentRefusal.set(message == null ? "" : message);
    }

    ObservableList<String> categoryNames() {
        return categoryNames;
    }

    ObservableList<String> tagNames() {
        return tagNames;
    }

    ObservableList<ParentChoice> parents() {
        return parents;
    }

    ReadOnlyStringProperty parentRefusalProperty() {
        return parentRefusal.getReadOnlyProperty();
    }
}
