package dev.blogwright.gui.menus;

import dev.blogwright.model.Category;
import dev.blogwright.model.PostSummary;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.Tag;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the Menus editor reads and writes, as functions, so its tests pass plain lambdas. {@code pages} are the
 * blog's pages outside the trash: the ones a menu entry may point at.
 */
public record MenuSources(Supplier<SiteMenus> load, Consumer<SiteMenus> save, Supplier<List<Category>> categories,
                          Supplier<List<Tag>> tags, Supplier<List<PostSummary>> pages) {
}
