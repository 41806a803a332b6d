package dev.blogwright.logic.sync;

import dev.blogwright.logic.Transactions;
import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.menus.MenuService;
import dev.blogwright.logic.post.PostOrganizer;
import dev.blogwright.logic.post.PostService;
import dev.blogwright.logic.settings.SettingsService;
import dev.blogwright.logic.spelling.SpellingService;
import dev.blogwright.logic.taxonomy.TaxonomyService;
import dev.blogwright.logic.writing.WordGoals;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The services of one library that its text form is read from and written into; {@code file} is the library file.
 * The word goals and the personal dictionary ride along (front matter and blog.yaml), so they sync with the posts.
 */
public record SyncedLibrary(Path file, PostService posts, PostOrganizer organizer, TaxonomyService taxonomy,
                            SettingsService settings, AssetService assets, SyncRepository sync, Transactions tx,
                            Clock clock, MenuService menus, WordGoals goals, SpellingService spelling) {
}
