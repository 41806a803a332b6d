package dev.blogwright.gui.fakes;

import dev.blogwright.logic.taxonomy.TaxonomyEditing;
import dev.blogwright.model.Category;
import dev.blogwright.model.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Categories and tags in lists, for view-model tests without a database; names are matched ignoring case. */
public final class FakeTaxonomy implements TaxonomyEditing {
    private final List<Category> categories = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private long nextId = 1;
    /** What was changed, one line per call, in order. */
    public final List<String> calls = new ArrayList<>();

    public Tag addTag(String name) {
        Tag t = new Tag(nextId++, name, slug(name));
        tags.add(t);
        return t;
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    @Override
    public List<Category> categories() {
        return categories.stream().sorted(Comparator.comparingDouble(Category::position)).toList();
    }

    @Override
    public List<Tag> tags() {
        return List.copyOf(tags);
    }

    @Override
    public Category categoryNamed(String name) {
        return categories.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst().orElseGet(() -> {
            calls.add("create category " + name.strip());
            Category c = new Category(nextId++, name.strip(), slug(name.strip()), "", "", categories.size(), null);
            categories.add(c);
            return c;
        });
    }

    @Override
    public Category updateCategory(Category category) {
        calls.add("update category " + category.id());
        categories.replaceAll(c -> c.id() == category.id() ? category : c);
        return category;
    }

    @Override
    public void mergeCategory(long from, long into) {
        calls.add("merge category " + from + " into " + into);
        categories.removeIf(c -> c.id() == from);
    }

    @Override
    public void deleteCategory(long id) {
        calls.add("delete category " + id);
        categories.removeIf(c -> c.id() == id);
    }

    @Override
    public void reorderCategories(List<Long> idsInOrder) {
        calls.add("reorder " + idsInOrder);
        categories.replaceAll(c -> new Category(c.id(), c.name(), c.slug(), c.description(), c.colour(),
                idsInOrder.indexOf(c.id()), c.parentId()));
    }

    @Override
    public void renameTag(long id, String newName) {
        calls.add("rename tag " + id + " to " + newName);
        tags.replaceAll(t -> t.id() == id ? new Tag(id, newName, slug(newName)) : t);
    }

    @Override
    public void mergeTag(long from, long into) {
        calls.add("merge tag " + from + " into " + into);
        tags.removeIf(t -> t.id() == from);
    }

    @Override
    public void deleteTag(long id) {
        calls.add("delete tag " + id);
        tags.removeIf(t -> t.id() == id);
    }
}
