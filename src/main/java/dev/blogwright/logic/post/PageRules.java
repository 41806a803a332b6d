package dev.blogwright.logic.post;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.model.Post;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What makes a page different from a post when it is stored. A page is exported to {@code <slug>/index.html}
 * beside the site's own folders, so its slug must not be one of them; its parent must be another page, and no
 * page may end up its own ancestor. A post has no parent.
 */
public final class PageRules {
    /** The site's own top-level folders (and the two singular names people expect to be them). */
    public static final Set<String> SITE_FOLDERS = Set.of("posts", "categories", "category", "tags", "tag", "page",
            "archive", "assets");

    private PageRules() {
    }

    /** True when {@code post} is a page whose slug would collide with a folder of the exported site. */
    public static boolean slugReserved(Post post) {
        return post.isPage() && post.slug() != null && SITE_FOLDERS.contains(post.slug());
    }

    /** The user-facing reason a page cannot have {@code slug}. */
    public static String reservedMessage(String slug) {
        return "The page slug '" + slug + "' is taken by the site's own " + slug
                + "/ folder; choose another slug for the page.";
    }

    /** Refuses a page whose slug is a site folder. */
    static void checkSlug(Post post) {
        if (slugReserved(post)) {
            throw new LibraryException(reservedMessage(post.slug()));
        }
    }

    /** {@code taken}, plus the site folders when {@code draft} is a page: a new page gets "archive-2", not "archive". */
    static Predicate<String> taken(Post draft, Predicate<String> taken) {
        return draft.isPage() ? s -> SITE_FOLDERS.contains(s) || taken.test(s) : taken;
    }

    /** A post loses any parent; a page keeps its own. */
    static Post normalise(Post post) {
        return !post.isPage() && post.parentId() != null ? post.toBuilder().parentId(null).build() : post;
    }

    /**
     * Refuses a parent that is not a stored page, the page itself, or one of its descendants ({@code find} reads a
     * stored post by id).
     */
    static void checkParent(Post page, Function<Long, Optional<Post>> find) {
        Long parentId = page.parentId();
        if (parentId == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        seen.add(page.id());
        Long at = parentId;
        while (at != null) {
            if (!seen.add(at)) {
                throw new PageParentRefused("The page '" + page.title() + "' cannot be placed under itself or under"
                        + " one of its own sub-pages.");
            }
            Post parent = find.apply(at).orElse(null);
            if (parent == null || !parent.isPage()) {
                throw new PageParentRefused("The parent of '" + page.title() + "' must be a page (id " + at
                        + " is not one).");
            }
            at = parent.parentId();
        }
    }
}
