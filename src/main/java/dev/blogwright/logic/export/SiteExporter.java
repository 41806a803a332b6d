package dev.blogwright.logic.export;

import dev.blogwright.logic.export.SiteModel.Listing;
import dev.blogwright.logic.export.ThemeViews.ArchiveGroup;
import dev.blogwright.logic.export.ThemeViews.Card;
import dev.blogwright.logic.export.ThemeViews.Link;
import dev.blogwright.logic.export.ThemeViews.Pager;
import dev.blogwright.logic.export.ThemeViews.PostPage;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the HTML site through a theme: index pages, post pages, category, tag and archive pages, 404, plus the
 * feeds, sitemap and search index. Every page gets {@code root}, the relative way back to the bundle root.
 */
public final class SiteExporter {
    private final Theme theme;

    public SiteExporter(Theme theme) {
        this.theme = theme;
    }

    /** Writes the site for {@code posts} (already rendered, in index order) into {@code out}. */
    void write(SiteModel model, BundleWriter out, ExportOptions options) throws IOException {
        writeIndexPages(model, out);
        writePostPages(model, out, options);
        for (Listing l : model.byCategory.values()) {
            page(out, l.file(), "category.peb", model, Map.of("category", l.link(), "description", l.description(),
                    "cards", l.cards()));
        }
        for (Listing l : model.byTag.values()) {
            page(out, l.file(), "tag.peb", model, Map.of("tag", l.link(), "cards", l.cards()));
        }
        page(out, "archive/index.html", "archive.peb", model, Map.of("groups", archive(model)));
        page(out, "404.html", "404.peb", model, Map.of());
        for (Map.Entry<String, byte[]> file : theme.staticFiles().entrySet()) {
            out.write("assets/" + file.getKey(), file.getValue());
        }
        Feeds feeds = new Feeds(model);
        out.write("feed.xml", feeds.rss());
        out.write("atom.xml", feeds.atom());
        out.write("feed.json", feeds.jsonFeed());
        out.write("sitemap.xml", Sitemap.xml(model));
        out.write("robots.txt", Sitemap.robots(model));
        out.write("search-index.json", SearchIndex.json(model));
        out.write("assets/search-index.js", SearchIndex.script(model));
    }

    private void writeIndexPages(SiteModel model, BundleWriter out) throws IOException {
        List<Card> cards = model.cards;
        int perPage = model.settings.postsPerPage();
        int pages = Math.max(1, (cards.size() + perPage - 1) / perPage);
        for (int page = 1; page <= pages; page++) {
            List<Card> slice = cards.subList((page - 1) * perPage, Math.min(cards.size(), page * perPage));
            String previous = page > 1 ? SiteLinks.href(SiteLinks.pageFile(page - 1)) : "";
            String next = page < pages ? SiteLinks.href(SiteLinks.pageFile(page + 1)) : "";
            page(out, SiteLinks.pageFile(page), "index.peb", model,
                    Map.of("cards", slice, "pager", new Pager(page, pages, previous, next)));
        }
    }

    private void writePostPages(SiteModel model, BundleWriter out, ExportOptions options) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < model.posts.size(); i++) {
            indexes.add(i);
        }
        Parallel.map(indexes, options, ExportProgress.NONE, i -> {
            RenderedPost rp = model.posts.get(i);
            String file = SiteLinks.postFile(rp.post().slug());
            PostPage view = postPage(model, i, SiteLinks.root(file));
            page(out, file, "post.peb", model, Map.of("post", view));
            return file;
        });
    }

    private PostPage postPage(SiteModel model, int i, String root) {
        RenderedPost rp = model.posts.get(i);
        Post p = rp.post();
        Card card = model.cards.get(i);
        String description = !p.metaDescription().isBlank() ? p.metaDescription() : rp.excerpt();
        String canonical = !webUrl(p.canonicalUrl()).isBlank() ? p.canonicalUrl()
                : model.links.hasBaseUrl() ? model.links.absolute(SiteLinks.postFile(p.slug())) : "";
        String image = webUrl(p.featuredImage()).isBlank() ? "" : p.featuredImage().startsWith("assets/")
                ? root + SiteLinks.href(p.featuredImage()) : p.featuredImage();
        Link previous = i > 0 ? link(model.cards.get(i - 1)) : null;
        Link next = i + 1 < model.cards.size() ? link(model.cards.get(i + 1)) : null;
        return new PostPage(card, AssetLinks.rewrite(rp.html(), root), description, canonical, image,
                p.featuredImageAlt(), previous, next);
    }

    /**
     * An author-set URL bound for a src or href: kept when relative or http(s), else empty, so a javascript: or
     * data: value never reaches a page (browsers drop whitespace and controls before reading the scheme).
     */
    private static String webUrl(String url) {
        String squeezed = url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(java.util.Locale.ROOT);
        boolean hasScheme = squeezed.matches("[a-z][a-z0-9+.-]*:.*");
        return !hasScheme || squeezed.startsWith("http:") || squeezed.startsWith("https:") ? url : "";
    }

    private static Link link(Card c) {
        return new Link(c.title(), c.url());
    }

    private static List<ArchiveGroup> archive(SiteModel model) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < model.cards.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> newest = Comparator.comparing(i -> SiteModel.date(model.posts.get(i).post()),
                Comparator.nullsLast(Comparator.reverseOrder()));
        order.sort(newest);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", model.locale).withZone(ZoneOffset.UTC);
        Map<String, List<Card>> groups = new LinkedHashMap<>();
        for (int i : order) {
            Instant date = SiteModel.date(model.posts.get(i).post());
            String label = date == null ? "Undated" : month.format(date);
            groups.computeIfAbsent(label, k -> new ArrayList<>()).add(model.cards.get(i));
        }
        List<ArchiveGroup> result = new ArrayList<>();
        groups.forEach((label, cards) -> result.add(new ArchiveGroup(label, cards)));
        return result;
    }

    private void page(BundleWriter out, String file, String template, SiteModel model, Map<String, Object> extra)
            throws IOException {
        out.write(file, render(file, template, model, extra));
    }

    private String render(String file, String template, SiteModel model, Map<String, Object> extra) {
        Map<String, Object> context = new HashMap<>(extra);
        context.put("site", model.site);
        context.put("root", SiteLinks.root(file));
        context.put("file", file);
        return theme.render(template, context);
    }

    /** The page of the model's first post, as the export would write it; for the live preview. */
    String firstPostPage(SiteModel model) {
        String file = SiteLinks.postFile(model.posts.get(0).post().slug());
        return render(file, "post.peb", model, Map.of("post", postPage(model, 0, SiteLinks.root(file))));
    }
}
