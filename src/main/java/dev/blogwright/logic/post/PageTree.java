package dev.blogwright.logic.post;

import dev.blogwright.model.Post;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A library's pages with their parents, read once: what a parent chooser offers (never the page itself or one of
 * its sub-pages, which {@link PageRules} would refuse) and how a list names a sub-page ("About ▸ Team"). Pure, so
 * it is tested without a library.
 */
public final class PageTree {
    /** Between the titles of a page's path, as the list and the parent chooser show it. */
    public static final String SEPARATOR = " ▸ ";

    /** A page as the tree knows it: no body, no metadata beyond what a path and a chooser need. */
    public record Page(long id, String title, Long parentId, boolean trashed) {
        /** The title a person sees; an empty one reads "Untitled", as in the post list. */
        public String shownTitle() {
            return title == null || title.isBlank() ? "Untitled" : title;
        }
    }

    private final Map<Long, Page> pages = new LinkedHashMap<>();
    private final Map<Long, List<Page>> children = new LinkedHashMap<>();

    /** {@code pages} in the order siblings are shown (the manual order). */
    public PageTree(Collection<Page> pages) {
        for (Page p : pages) {
            this.pages.put(p.id(), p);
        }
        for (Page p : pages) {
            if (p.parentId() != null && this.pages.containsKey(p.parentId())) {
                children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** The tree of the pages among {@code posts} (posts that are not pages are left out). */
    public static PageTree of(Collection<Post> posts) {
        return new PageTree(posts.stream().filter(Post::isPage)
                .map(p -> new Page(p.id(), p.title(), p.parentId(), p.trashed())).toList());
    }

    public static PageTree empty() {
        return new PageTree(List.of());
    }

    public Optional<Page> find(long id) {
        return Optional.ofNullable(pages.get(id));
    }

    /** The page and every page below it, however deep. */
    public Set<Long> selfAndDescendants(long id) {
        Set<Long> found = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            long at = todo.remove(todo.size() - 1);
            if (found.add(at)) {
                children.getOrDefault(at, List.of()).forEach(c -> todo.add(c.id()));
            }
        }
        return found;
    }

    /**
     * The pages {@code pageId} may be placed under, each parent before its sub-pages: every page outside the trash
     * but the page itself and its sub-pages.
     */
    public List<Page> parentChoices(long pageId) {
        Set<Long> excluded = selfAndDescendants(pageId);
        return inTreeOrder().stream().filter(p -> !p.trashed() && !excluded.contains(p.id())).toList();
    }

    /** Every page, each parent followed by its sub-pages (depth first), siblings in the given order. */
    public List<Page> inTreeOrder() {
        List<Page> ordered = new ArrayList<>(pages.size());
        Set<Long> seen = new HashSet<>();
        for (Page p : pages.values()) {
            if (p.parentId() == null || !pages.containsKey(p.parentId())) {
                addWithChildren(p, ordered, seen);
            }
        }
        // Pages on a loop of parents (a library written by hand) have no root; they still appear.
        pages.values().stream().filter(p -> !seen.contains(p.id())).forEach(p -> addWithChildren(p, ordered, seen));
        return ordered;
    }

    private void addWithChildren(Page page, List<Page> ordered, Set<Long> seen) {
        if (!seen.add(page.id())) {
            return;
        }
        ordered.add(page);
        children.getOrDefault(page.id(), List.of()).forEach(c -> addWithChildren(c, ordered, seen));
    }

    /** "About ▸ Team ▸ Alice": the titles from the top page down to this one; empty for an unknown id. */
    public String path(long id) {
        List<String> titles = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Page at = pages.get(id); at != null && seen.add(at.id());
                at = at.parentId() == null ? null : pages.get(at.parentId())) {
            titles.add(0, at.shownTitle());
        }
        return String.join(SEPARATOR, titles);
    }

    /** The path of the page's parent ("About ▸ Team" for Alice), empty for a top-level or unknown page. */
    public String parentPath(long id) {
        Page page = pages.get(id);
        return page == null || page.parentId() == null ? "" : path(page.parentId());
    }
}
