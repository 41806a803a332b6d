package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.BlogFile.NamedCategory;
import dev.blogwright.model.Category;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The categories of an incoming {@code blog.yaml} written into the library (part of {@link TextImporter}). */
final class CategoryImporter {
    /**
     * A name no category has ({@code ~} is not in a name a writer gives); its slug becomes {@code renaming-<id>},
     * made unique by the taxonomy if ever taken.
     */
    private static final String PARKED = "~renaming-";

    private final SyncedLibrary lib;

    CategoryImporter(SyncedLibrary lib) {
        this.lib = lib;
    }

    /**
     * Categories matched by their shared id, else by name: a category renamed elsewhere is renamed here (its posts
     * stay in it). Deletions first, then renames, then new ones, so a name one category leaves can be another's.
     */
    void apply(List<NamedCategory> wanted) {
        Map<Long, String> uids = lib.sync().categoryUids();
        Map<String, Category> byUid = new HashMap<>();
        Map<String, Category> byName = new HashMap<>();
        for (Category c : lib.taxonomy().categories()) {
            byName.put(c.name().toLowerCase(Locale.ROOT), c);
            if (uids.containsKey(c.id())) {
                byUid.putIfAbsent(uids.get(c.id()), c);
            }
        }
        Map<NamedCategory, Category> matched = new HashMap<>();
        Set<Long> kept = new HashSet<>();
        for (NamedCategory c : wanted) {
            Category have = c.id() == null ? null : byUid.get(c.id());
            if (have != null && kept.add(have.id())) {
                matched.put(c, have);
            }
        }
        for (NamedCategory c : wanted) {
            Category have = byName.get(c.name().toLowerCase(Locale.ROOT));
            if (!matched.containsKey(c) && have != null && !byUid.containsKey(c.id()) && kept.add(have.id())) {
                matched.put(c, have);
            }
        }
        for (Category c : lib.taxonomy().categories()) {
            if (!kept.contains(c.id())) {
                lib.taxonomy().deleteCategory(c.id());
            }
        }
        park(matched);
        Map<String, Long> ids = new HashMap<>();
        matched.forEach((c, have) -> {
            Category renamed = new Category(have.id(), c.name(), c.slug(), have.description(), have.colour(),
                    have.position(), have.parentId());
            if (!renamed.equals(have)) {
                lib.taxonomy().updateCategory(renamed);
            }
            ids.put(c.name().toLowerCase(Locale.ROOT), have.id());
        });
        for (NamedCategory c : wanted) {
            if (!matched.containsKey(c)) {
                ids.put(c.name().toLowerCase(Locale.ROOT), lib.taxonomy().categoryNamed(c.name()).id());
            }
        }
        for (NamedCategory c : wanted) {
            long id = ids.get(c.name().toLowerCase(Locale.ROOT));
            Long parent = c.parent() == null ? null : ids.get(c.parent().toLowerCase(Locale.ROOT));
            Category next = new Category(id, c.name(), c.slug(), c.description(), c.colour(), c.position(), parent);
            if (!next.equals(lib.taxonomy().category(id).orElse(null))) {
                lib.taxonomy().updateCategory(next);
            }
            if (c.id() != null && !c.id().equals(uids.get(id))) {
                lib.sync().setCategoryUid(id, c.id());
            }
        }
    }

    /**
     * Names and slugs are unique, and a rename may give a category the name or slug another one has until its own
     * rename (two categories that swapped names, or one renamed to the name another left): every category whose
     * name or slug changes first goes to a parked name, so the renames that follow find their names free.
     */
    private void park(Map<NamedCategory, Category> matched) {
        matched.forEach((c, have) -> {
            if (!c.name().equals(have.name()) || !Objects.equals(c.slug(), have.slug())) {
                lib.taxonomy().updateCategory(new Category(have.id(), PARKED + have.id(), PARKED + have.id(),
                        have.description(), have.colour(), have.position(), have.parentId()));
            }
        });
    }
}
