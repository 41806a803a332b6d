package dev.blogwright.logic.taxonomy;

import dev.blogwright.model.Category;
import java.util.List;

/** The categories and tags manager's changes; an interface so its view model is tested against a fake. */
public interface TaxonomyEditing extends Taxonomy {
    Category updateCategory(Category category);

    void mergeCategory(long from, long into);

    void deleteCategory(long id);

    void reorderCategories(List<Long> idsInOrder);

    void renameTag(long id, String newName);

    void mergeTag(long from, long into);

    void deleteTag(long id);
}
