package dev.blogwright.logic.taxonomy;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.Transactions;
import dev.blogwright.logic.post.Slugs;
import dev.blogwright.model.Category;
import dev.blogwright.model.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Categories and tags: create, rename, merge, delete, reorder; posts keep working through each change. */
public final class TaxonomyService implements TaxonomyEditing {
    private final TaxonomyRepository repo;
    private final Transactions tx;

    public TaxonomyService(TaxonomyRepository repo, Transactions tx) {
        this.repo = repo;
        this.tx = tx;
    }

    public List<Category> categories() {
        return repo.categories();
    }

    public Optional<Category> category(long id) {
        return repo.category(id);
    }

    public Optional<Category> findCategory(String nameOrSlug) {
        return nameOrSlug == null || nameOrSlug.isBlank() ? Optional.empty()
                : repo.categoryByNameOrSlug(nameOrSlug.trim());
    }

    /** The category with this name (case-insensitive) or slug, created at the end of the list if missing. */
    public Category categoryNamed(String name) {
        String clean = requireName(name, "category");
        return tx.inTransaction(() -> repo.categoryByNameOrSlug(clean).orElseGet(() -> {
            String slug = Slugs.unique(Slugs.slugify(clean), s -> repo.categorySlugTaken(s, 0));
            double position = repo.categories().stream().mapToDouble(Category::position).max().orElse(0) + 1;
            long id = repo.insertCategory(new Category(0, clean, slug, "", "", position, null));
            return repo.category(id).orElseThrow();
        }));
    }

    /** Puts back a category exactly as exported (id, slug, position, colour): restoring into an empty library. */
    public void restoreCategory(Category category) {
        tx.run(() -> repo.insertCategory(category));
    }

    /** Puts back a tag exactly as exported. */
    public void restoreTag(Tag tag) {
        tx.run(() -> repo.insertTag(tag.id(), tag.name(), tag.slug()));
    }

    public Category updateCategory(Category category) {
        String name = requireName(category.name(), "category");
        return tx.inTransaction(() -> {
            repo.categoryByNameOrSlug(name).filter(c -> c.id() != category.id()).ifPresent(c -> {
                throw new LibraryException("A category named '" + name + "' already exists.");
            });
            String slug = Slugs.unique(Slugs.slugify(category.slug().isBlank() ? name : category.slug()),
                    s -> repo.categorySlugTaken(s, category.id()));
            repo.updateCategory(new Category(category.id(), name, slug, category.description(), category.colour(),
                    category.position(), category.parentId()));
            return repo.category(category.id()).orElseThrow();
        });
    }

    public void mergeCategory(long from, long into) {
        if (from != into) {
            tx.run(() -> repo.mergeCategory(from, into));
        }
    }

    /** Deletes a category; its posts stay, without a category. */
    public void deleteCategory(long id) {
        tx.run(() -> repo.deleteCategory(id));
    }

    /** Stores the given order of categories (ids, top first). */
    public void reorderCategories(List<Long> idsInOrder) {
        tx.run(() -> {
            for (int i = 0; i < idsInOrder.size(); i++) {
                int position = i + 1;
                repo.category(idsInOrder.get(i)).ifPresent(c -> repo.updateCategory(new Category(c.id(), c.name(),
                        c.slug(), c.description(), c.colour(), position, c.parentId())));
            }
        });
    }

    public List<Tag> tags() {
        return repo.tags();
    }

    public Optional<Tag> findTag(String nameOrSlug) {
        return nameOrSlug == null || nameOrSlug.isBlank() ? Optional.empty() : repo.tagByNameOrSlug(nameOrSlug.trim());
    }

    /** The tags with these names, created where missing, in the given order. */
    public List<Tag> ensureTags(Collection<String> names) {
        return tx.inTransaction(() -> {
            List<Tag> out = new ArrayList<>();
            for (String raw : names) {
                String name = requireName(raw, "tag");
                Tag tag = repo.tagByNameOrSlug(name).orElseGet(() -> {
                    String slug = Slugs.unique(Slugs.slugify(name), s -> repo.tagSlugTaken(s, 0));
                    return new Tag(repo.insertTag(0, name, slug), name, slug);
                });
                out.add(tag);
            }
            return out;
        });
    }

    public void renameTag(long id, String newName) {
        String name = requireName(newName, "tag");
        tx.run(() -> {
            Optional<Tag> existing = repo.tagByNameOrSlug(name).filter(t -> t.id() != id);
            if (existing.isPresent()) {
                repo.mergeTag(id, existing.get().id());
            } else {
                repo.renameTag(id, name, Slugs.unique(Slugs.slugify(name), s -> repo.tagSlugTaken(s, id)));
            }
        });
    }

    public void mergeTag(long from, long into) {
        if (from != into) {
            tx.run(() -> repo.mergeTag(from, into));
        }
    }

    public void deleteTag(long id) {
        tx.run(() -> repo.deleteTag(id));
    }

    public int deleteUnusedTags() {
        return tx.inTransaction(repo::deleteUnusedTags);
    }

    private static String requireName(String name, String what) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new LibraryException("A " + what + " needs a name.");
        }
        if (clean.indexOf('\0') >= 0 || clean.length() > 200) {
            throw new LibraryException("That " + what + " name is not allowed (NUL or over 200 characters).");
        }
        return clean;
    }
}
