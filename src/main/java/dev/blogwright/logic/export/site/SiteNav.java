package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.site.NavViews.MenuItem;
import dev.blogwright.logic.export.site.NavViews.Nav;
import dev.blogwright.logic.export.site.NavViews.SocialItem;
import dev.blogwright.model.Category;
import dev.blogwright.model.MenuEntry;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.SocialLink;
import dev.blogwright.model.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The site's menus resolved against what the export writes: each entry becomes a label and a file of the bundle
 * (or an external URL). An entry whose target has no page in this export (a category without published posts, a
 * page that does not exist, a link that is not http(s) or mailto) is left out and listed in {@link #problems()}.
 * Then, per page, {@link #forPage} marks the current entry and prefixes the links with the way back to the root.
 */
final class SiteNav {
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f]");

    /** An entry resolved: a bundle file (or an absolute URL when {@code external}). */
    private record Resolved(String label, String file, boolean external, List<Resolved> children) {
    }

    private final List<Resolved> header;
    private final List<Resolved> footer;
    private final List<SocialLink> social;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Category> categories = new HashMap<>();
    private final Set<String> categoriesWithPages = new HashSet<>();
    /** The tags that have pages, by slug, with their names; worked out only for a menu that links a tag. */
    private Map<String, String> tagsWithPages;
    private final SiteContent content;
    private final Function<String, String> tagSlug;
    private final Set<String> pages;
    private final Nav shown;

    /**
     * @param pages the slugs of the site's pages ({@code <slug>/index.html}), which a PAGE entry may name
     */
    SiteNav(SiteContent content, Set<String> pages, Function<String, String> tagSlug) {
        this.pages = pages;
        this.content = content;
        this.tagSlug = tagSlug;
        Map<Long, Category> byId = new HashMap<>();
        for (Category c : content.categories()) {
            categories.put(c.slug(), c);
            byId.put(c.id(), c);
        }
        for (Post p : content.posts()) {
            Category c = p.isPage() || p.categoryId() == null ? null : byId.get(p.categoryId());
            if (c != null) {
                categoriesWithPages.add(c.slug()); // a page is on no category or tag page
            }
        }
        SiteMenus menus = content.menus();
        this.header = resolveAll(menus.headerFor(content.categories()), "header", menus.generated());
        this.footer = resolveAll(menus.footer(), "footer", false);
        this.social = menus.social().stream().filter(this::usable).toList();
        this.shown = forPage("");
    }

    /** What was left out, one line each, for the export's log. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** A fingerprint's worth of what every page's menus show (the page's file is in its key besides). */
    Nav shown() {
        return shown;
    }

    private List<Resolved> resolveAll(List<MenuEntry> entries, String menu, boolean quiet) {
        List<Resolved> out = new ArrayList<>();
        for (MenuEntry e : entries) {
            Resolved r = resolve(e, menu, quiet);
            List<Resolved> kids = resolveAll(e.children(), menu, quiet);
            if (r != null) {
                out.add(new Resolved(r.label(), r.file(), r.external(), kids));
            } else if (!kids.isEmpty()) {
                // A parent whose own page is gone still holds its submenu, under its label.
                out.add(new Resolved(e.label().isEmpty() ? kids.get(0).label() : e.label(), "", false, kids));
            }
        }
        return out;
    }

    /** The entry as a label and a file, or null (and a problem, unless {@code quiet}) when it has no target. */
    private Resolved resolve(MenuEntry e, String menu, boolean quiet) {
        String target = e.target();
        Resolved r = switch (e.kind()) {
            case HOME -> new Resolved(or(e.label(), "Home"), SiteLinks.pageFile(1), false, List.of());
            case ARCHIVE -> new Resolved(or(e.label(), "Archive"), "archive/index.html", false, List.of());
            case CATEGORY -> {
                Category c = categories.get(target);
                yield c == null || !categoriesWithPages.contains(target) ? null
                        : new Resolved(or(e.label(), c.name()), SiteLinks.categoryFile(target), false, List.of());
            }
            case TAG -> tagsWithPages().containsKey(target)
                    ? new Resolved(or(e.label(), tagsWithPages().get(target)), SiteLinks.tagFile(target), false,
                    List.of())
                    : null;
            case PAGE -> pages.contains(target)
                    ? new Resolved(or(e.label(), target), pageFile(target), false, List.of()) : null;
            case EXTERNAL -> webLink(target) && !e.label().isEmpty()
                    ? new Resolved(e.label(), target, true, List.of()) : null;
        };
        if (r == null && !quiet) {
            problems.add("The " + menu + " menu's " + e.kind().key() + " entry '" + or(e.label(), target)
                    + "' has nothing to link to in this export; it is left out");
        }
        return r;
    }

    /**
     * The slugs of the tags that have pages and the name each shows (the library's, else as first written on a
     * post). Only a tag entry of a menu asks: the walk through every tag of every post was 30 ms of a one-post
     * deploy of 10,000 posts, whose menus, as most, link no tag.
     */
    private Map<String, String> tagsWithPages() {
        if (tagsWithPages == null) {
            Map<String, String> names = new HashMap<>();
            for (Tag t : content.tags()) {
                names.putIfAbsent(t.slug(), t.name());
            }
            Map<String, String> withPages = new HashMap<>();
            for (Post p : content.posts()) {
                if (p.isPage()) {
                    continue;
                }
                for (String t : p.tags()) {
                    String slug = tagSlug.apply(t);
                    names.putIfAbsent(slug, t);
                    withPages.putIfAbsent(slug, names.get(slug));
                }
            }
            tagsWithPages = withPages;
        }
        return tagsWithPages;
    }

    /** Where a page lives (SHARED-NUMBERS: flat, {@code <slug>/index.html}, whatever its parent). */
    static String pageFile(String slug) {
        return slug + "/index.html";
    }

    private boolean usable(SocialLink link) {
        if (link.network() == SocialLink.Network.RSS && link.url().isEmpty()) {
            return true;
        }
        if (!webLink(link.url())) {
            problems.add("The social link '" + link.shownLabel() + "' is not an http(s) URL; it is left out");
            return false;
        }
        return true;
    }

    /** The menus as {@code file} shows them: links relative to it, its own entry marked current. */
    Nav forPage(String file) {
        return forPage(file, SiteLinks.root(file));
    }

    /** As above with the page's own way back to the root (the 404's starts from the base URL's path). */
    Nav forPage(String file, String root) {
        List<SocialItem> links = new ArrayList<>();
        for (SocialLink s : social) {
            String href = s.url().isEmpty() ? root + "feed.xml" : s.url();
            links.add(new SocialItem(s.network().key(), s.shownLabel(), href,
                    s.network() == SocialLink.Network.MASTODON ? "me" : ""));
        }
        return new Nav(items(header, file, root), items(footer, file, root), links);
    }

    private static List<MenuItem> items(List<Resolved> entries, String file, String root) {
        List<MenuItem> out = new ArrayList<>(entries.size());
        for (Resolved r : entries) {
            List<MenuItem> kids = items(r.children(), file, root);
            String current = isCurrent(r, file) ? "page"
                    : kids.stream().anyMatch(k -> k.current().equals("page")) ? "true" : "";
            out.add(new MenuItem(r.label(), href(r, root), current, kids));
        }
        return out;
    }

    private static boolean isCurrent(Resolved r, String file) {
        if (r.external() || r.file().isEmpty()) {
            return false;
        }
        // Home is current on every page of the index, not only the first.
        return r.file().equals(file) || (r.file().equals("index.html") && file.startsWith("page/"));
    }

    private static String href(Resolved r, String root) {
        if (r.file().isEmpty()) {
            return "";
        }
        return r.external() ? r.file() : root + SiteLinks.href(r.file());
    }

    private static String or(String label, String fallback) {
        return label.isEmpty() ? fallback : label;
    }

    /** True for an http(s) or mailto URL: nothing that runs script or leaves the web reaches a menu. */
    static boolean webLink(String url) {
        String squeezed = INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return squeezed.startsWith("https://") || squeezed.startsWith("http://") || squeezed.startsWith("mailto:");
    }
}
