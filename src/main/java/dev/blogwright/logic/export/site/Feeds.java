package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.RenderedBodies;
import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.output.JsonWriter;
import dev.blogwright.logic.export.output.XmlOut;
import dev.blogwright.logic.post.PostTimes;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the newest posts. Feeds are read away from the site, so here, and only
 * here with the sitemap and canonical links, URLs are absolute (from the base URL).
 */
public final class Feeds {
    public static final int MAX_ITEMS = 50;
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    /** A post's pubDate keeps the offset its date was written with ({@code Fri, 6 Sep 2013 22:02:41 -0400}). */
    private static final DateTimeFormatter RFC_822_OFFSET = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final SiteModel model;
    private final List<RenderedPost> items;
    private final Instant updated;
    private final RenderedBodies bodies;
    private final Map<RenderedPost, String> contents = new IdentityHashMap<>();

    Feeds(SiteModel model, RenderedBodies bodies) {
        this.model = model;
        this.bodies = bodies;
        this.items = newest(model.posts, RenderedPost::post);
        items.forEach(bodies::keep);
        // The feed changed when one of its items did: an edit to an older post that no feed shows leaves the feeds
        // as they were, for readers that poll them and for the next export, which keeps them.
        this.updated = items.stream().map(p -> SiteModel.modified(p.post())).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    /**
     * The items the feeds show: the newest posts, at most {@link #MAX_ITEMS}, newest first, posts of the same date
     * in the order given. One pass keeps the newest so far: sorting all 10,000 posts for the first fifty was a
     * twentieth of a warm re-export.
     */
    public static <T> List<T> newest(List<T> posts, Function<T, Post> post) {
        int limit = Math.min(MAX_ITEMS, posts.size());
        List<T> best = new ArrayList<>(limit + 1);
        List<Instant> bestDates = new ArrayList<>(limit + 1);
        for (T item : posts) {
            Instant date = SiteModel.date(post.apply(item));
            if (best.size() == limit && (limit == 0 || !newer(date, bestDates.get(limit - 1)))) {
                continue;
            }
            // After every item of the same date or newer, so equal dates keep the order given.
            int at = best.size();
            while (at > 0 && newer(date, bestDates.get(at - 1))) {
                at--;
            }
            best.add(at, item);
            bestDates.add(at, date);
            if (best.size() > limit) {
                best.remove(limit);
                bestDates.remove(limit);
            }
        }
        return List.copyOf(best);
    }

    /** Whether {@code a} comes strictly before {@code b} in a feed: a later date, and any date before none. */
    private static boolean newer(Instant a, Instant b) {
        return a != null && (b == null || a.isAfter(b));
    }

    /**
     * The fingerprint of everything the three feeds show, so an export where none of it changed carries them
     * over without rendering the newest posts again.
     */
    String inputs() {
        List<Object> parts = new ArrayList<>(List.of("feeds", model.site, model.links.baseUrl(),
                JsonWriter.instant(updated)));
        for (RenderedPost rp : items) {
            Post p = rp.post();
            Category c = model.category(p);
            parts.add(Arrays.asList(p.id(), p.slug(), p.title(), p.tags(), p.language(), c == null ? "" : c.name(),
                    PostTimes.iso(model.when(p)), JsonWriter.instant(SiteModel.modified(p)), rp.excerpt(),
                    rp.bodyKey()));
        }
        return InputKeys.of(parts.toArray());
    }

    byte[] rss() {
        XmlOut x = new XmlOut();
        x.start("rss").attr("version", "2.0").attr("xmlns:atom", "http://www.w3.org/2005/Atom").text("\n");
        x.start("channel").text("\n");
        x.element("title", model.settings.title()).element("link", home());
        x.element("description", description()).element("language", model.settings.language());
        x.element("lastBuildDate", RFC_822.format(updated));
        x.empty("atom:link", "href", url("feed.xml"), "rel", "self", "type", "application/rss+xml");
        for (RenderedPost rp : items) {
            Post p = rp.post();
            x.start("item").text("\n").element("title", p.title()).element("link", postUrl(p));
            x.start("guid").attr("isPermaLink", String.valueOf(model.links.hasBaseUrl())).text(postId(p)).end();
            OffsetDateTime date = model.when(p);
            if (date != null) {
                x.element("pubDate", RFC_822_OFFSET.format(date));
            }
            Category c = model.category(p);
            if (c != null) {
                x.element("category", c.name());
            }
            p.tags().forEach(t -> x.element("category", t));
            x.element("description", content(rp)).end();
        }
        return x.end().end().finish();
    }

    byte[] atom() {
        XmlOut x = new XmlOut();
        x.start("feed").attr("xmlns", "http://www.w3.org/2005/Atom").attr("xml:lang", model.settings.language())
                .text("\n");
        x.element("title", model.settings.title());
        if (!description().isEmpty()) {
            x.element("subtitle", description());
        }
        x.empty("link", "href", url("atom.xml"), "rel", "self", "type", "application/atom+xml");
        x.empty("link", "href", home(), "rel", "alternate", "type", "text/html");
        x.element("id", model.links.hasBaseUrl() ? home() : "urn:blogwright:site");
        x.element("updated", JsonWriter.instant(updated));
        x.start("author").text("\n").element("name", author()).end();
        for (RenderedPost rp : items) {
            Post p = rp.post();
            Instant date = Objects.requireNonNullElse(SiteModel.date(p), Instant.EPOCH);
            x.start("entry").text("\n").element("title", p.title());
            x.empty("link", "href", postUrl(p), "rel", "alternate", "type", "text/html");
            x.element("id", postId(p));
            x.element("published", PostTimes.iso(PostTimes.other(p, date, model.settings.zone())));
            x.element("updated", PostTimes.iso(PostTimes.other(p, Objects.requireNonNullElse(SiteModel.modified(p),
                    date), model.settings.zone())));
            Category c = model.category(p);
            if (c != null) {
                x.empty("category", "term", c.name());
            }
            p.tags().forEach(t -> x.empty("category", "term", t));
            x.start("summary").attr("type", "text").text(rp.excerpt()).end();
            x.start("content").attr("type", "html").text(content(rp)).end();
            x.end();
        }
        return x.end().finish();
    }

    byte[] jsonFeed() {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", model.settings.title());
        feed.put("home_page_url", home());
        feed.put("feed_url", url("feed.json"));
        feed.put("description", description());
        feed.put("language", model.settings.language());
        feed.put("authors", List.of(Map.of("name", author())));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (RenderedPost rp : items) {
            Post p = rp.post();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", postId(p));
            item.put("url", postUrl(p));
            item.put("title", p.title());
            item.put("content_html", content(rp));
            item.put("summary", rp.excerpt());
            item.put("date_published", PostTimes.iso(model.when(p)));
            item.put("date_modified", PostTimes.iso(PostTimes.other(p, SiteModel.modified(p), model.settings.zone())));
            item.put("tags", p.tags());
            if (!p.language().isBlank()) {
                item.put("language", p.language());
            }
            item.values().removeIf(Objects::isNull);
            entries.add(item);
        }
        feed.put("items", entries);
        return JsonWriter.pretty(feed);
    }

    private String content(RenderedPost rp) {
        // Asked for by each of the three feeds; rendered once.
        return contents.computeIfAbsent(rp, p -> AssetLinks.rewrite(bodies.html(p), model.links.baseUrl()));
    }

    private String description() {
        return model.settings.description().isBlank() ? model.settings.tagline() : model.settings.description();
    }

    private String author() {
        return model.settings.authorName().isBlank() ? model.settings.title() : model.settings.authorName();
    }

    private String home() {
        return model.links.absolute("index.html");
    }

    private String url(String file) {
        return model.links.absolute(file);
    }

    private String postUrl(Post p) {
        return model.links.absolute(SiteLinks.postFile(p.slug()));
    }

    private String postId(Post p) {
        return model.links.hasBaseUrl() ? postUrl(p) : "urn:blogwright:post:" + p.id();
    }
}
