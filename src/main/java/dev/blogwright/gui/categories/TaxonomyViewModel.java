package dev.blogwright.gui.categories;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.logic.taxonomy.TaxonomyEditing;
import dev.blogwright.model.Category;
import dev.blogwright.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The categories and tags manager: create, rename, recolour, merge, delete, reorder. Each change is written
 * and the lists reloaded; {@code onChanged} tells the post list to refresh its category names.
 */
public final class TaxonomyViewModel {
    private final TaxonomyEditing taxonomy;
    private final UiExecutor exec;
    private final DialogService dialogs;
    private final Runnable onChanged;
    /** Null where the manager edits no tag descriptions (its tests of the other actions). */
    private final TagDescriptions tagDescriptions;
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();

    public TaxonomyViewModel(TaxonomyEditing taxonomy, UiExecutor exec, DialogService dialogs, Runnable onChanged) {
        this(taxonomy, null, exec, dialogs, onChanged);
    }

    public TaxonomyViewModel(TaxonomyEditing taxonomy, TagDescriptions tagDescriptions, UiExecutor exec,
                             DialogService dialogs, Runnable onChanged) {
        this.tagDescriptions = tagDescriptions;
        this.taxonomy = taxonomy;
        this.exec = exec;
        this.dialogs = dialogs;
        this.onChanged = onChanged;
    }

    private TaxonomyEditing taxonomy() {
        return taxonomy;
    }

    public void load() {
        exec.read(() -> List.of(taxonomy().categories(), taxonomy().tags()), lists -> {
            categories.setAll(cast(lists.get(0)));
            tags.setAll(cast(lists.get(1)));
        }, this::fail);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> list) {
        return (List<T>) list;
    }

    public void createCategory() {
        dialogs.ask("New category", "Name:", "").ifPresent(name -> change(() -> taxonomy().categoryNamed(name)));
    }

    public void renameCategory(Category c) {
        dialogs.ask("Rename category", "New name:", c.name()).ifPresent(name -> change(() -> taxonomy()
                .updateCategory(new Category(c.id(), name, "", c.description(), c.colour(), c.position(),
                        c.parentId()))));
    }

    /** {@code colour} is a CSS hex colour such as {@code #1f6feb}, or empty for none. */
    public void setColour(Category c, String colour) {
        change(() -> taxonomy().updateCategory(new Category(c.id(), c.name(), c.slug(), c.description(), colour,
                c.position(), c.parentId())));
    }

    public void mergeCategory(Category from, Category into) {
        if (from.id() != into.id() && dialogs.confirm("Merge categories",
                "Move every post of '" + from.name() + "' to '" + into.name() + "' and remove '" + from.name() + "'?")) {
            change(() -> {
                taxonomy().mergeCategory(from.id(), into.id());
                return null;
            });
        }
    }

    public void deleteCategory(Category c) {
        if (dialogs.confirm("Delete category", "Delete '" + c.name() + "'? Its posts stay, without a category.")) {
            change(() -> {
                taxonomy().deleteCategory(c.id());
                return null;
            });
        }
    }

    /** Moves a category one place up (-1) or down (+1) and stores the whole order. */
    public void moveCategory(Category c, int delta) {
        List<Category> order = new ArrayList<>(categories);
        int i = order.indexOf(c);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= order.size()) {
            return;
        }
        order.remove(i);
        order.add(j, c);
        List<Long> ids = order.stream().map(Category::id).toList();
        change(() -> {
            taxonomy().reorderCategories(ids);
            return null;
        });
    }

    /** The category page shows its description under the title (and in its meta description). */
    public void describeCategory(Category c) {
        dialogs.ask("Category description", "Shown on the page of '" + c.name() + "':", c.description())
                .ifPresent(text -> change(() -> taxonomy().updateCategory(new Category(c.id(), c.name(), c.slug(),
                        text.strip(), c.colour(), c.position(), c.parentId()))));
    }

    public boolean describesTags() {
        return tagDescriptions != null;
    }

    /** The tag page shows its description under the title (and in its meta description). */
    public void describeTag(Tag t) {
        if (tagDescriptions == null) {
            return;
        }
        String current = tagDescriptions.all().getOrDefault(t.slug(), "");
        dialogs.ask("Tag description", "Shown on the page of #" + t.name() + ":", current)
                .ifPresent(text -> change(() -> {
                    tagDescriptions.save(t.slug(), text);
                    return null;
                }));
    }

    public void renameTag(Tag t) {
        dialogs.ask("Rename tag", "New name (an existing tag's name merges them):", t.name())
                .ifPresent(name -> change(() -> {
                    taxonomy().renameTag(t.id(), name);
                    return null;
                }));
    }

    public void mergeTag(Tag from, Tag into) {
        if (from.id() != into.id()) {
            change(() -> {
                taxonomy().mergeTag(from.id(), into.id());
                return null;
            });
        }
    }

    public void deleteTag(Tag t) {
        if (dialogs.confirm("Delete tag", "Remove the tag '" + t.name() + "' from every post?")) {
            change(() -> {
                taxonomy().deleteTag(t.id());
                return null;
            });
        }
    }

    private void change(Supplier<?> work) {
        exec.write(work::get, done -> {
            load();
            onChanged.run();
        }, this::fail);
    }

    private void fail(Throwable e) {
        dialogs.showError(e.getMessage(), e);
        load();
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObservableList<Tag> tags() {
        return tags;
    }
}
