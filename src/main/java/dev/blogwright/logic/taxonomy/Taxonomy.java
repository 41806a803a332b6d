package dev.blogwright.logic.taxonomy;

import dev.blogwright.model.Category;
import dev.blogwright.model.Tag;
import java.util.List;

/** The blog's categories and tags as a post's fields offer them; {@link TaxonomyService} is the library's. */
public interface Taxonomy {
    List<Category> categories();

    List<Tag> tags();

    /** The category with this name, created when there is none yet. */
    Category categoryNamed(String name);
}
