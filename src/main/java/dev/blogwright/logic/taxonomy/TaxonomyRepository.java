package dev.blogwright.logic.taxonomy;

import dev.blogwright.model.Category;
import dev.blogwright.model.Tag;
import java.util.List;
import java.util.Optional;

/** Categories and tags as the store keeps them. */
public interface TaxonomyRepository {
    List<Category> categories();

    Optional<Category> category(long id);

    Optional<Category> categoryByNameOrSlug(String nameOrSlug);

    /** Inserts a category; an id above 0 is kept (a restore), else one is assigned. */
    long insertCategory(Category category);

    void updateCategory(Category category);

    /** Moves the posts of {@code from} to {@code into} and deletes {@code from}. */
    void mergeCategory(long from, long into);

    void deleteCategory(long id);

    boolean categorySlugTaken(String slug, long exceptId);

    List<Tag> tags();

    Optional<Tag> tagByNameOrSlug(String nameOrSlug);

    /** Inserts a tag; an id above 0 is kept (a restore), else one is assigned. */
    long insertTag(long id, String name, String slug);

    void renameTag(long id, String name, String slug);

    void mergeTag(long from, long into);

    void deleteTag(long id);

    boolean tagSlugTaken(String slug, long exceptId);

    /** Tags that no post uses any more. */
    int deleteUnusedTags();
}
