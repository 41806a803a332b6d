package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.bundle.SafePaths;
import dev.blogwright.logic.export.site.ThemeViews.Card;
import dev.blogwright.logic.export.site.ThemeViews.Link;
import dev.blogwright.logic.export.site.ThemeViews.Site;
import dev.blogwright.logic.post.PostTimes;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/** Turns the library's records into what templates and feeds show: cards, links, formatted dates. */
final class SiteModel {
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "he", "fa", "ur", "yi", "ps", "sd", "ug");

    final BlogSettings settings;
    final SiteLinks links;
    final Site site;
    /** The theme options as templates see them. */
    final ThemeLook look;
    final Locale locale;
    final List<RenderedPost> posts;
    /** The export's pages (see {@link SitePages}): in the sitemap and the search index, in no listing. */
    List<RenderedPost> pages = List.of();
    final List<Card> cards = new ArrayList<>();
    final Map<Long, Category> categories = new HashMap<>();
    /** Cards per category and per tag page, in index order; keyed by the page's file, in order of first use. */
    final Map<String, Listing> byCategory = new LinkedHashMap<>();
    final Map<String, Listing> byTag = new LinkedHashMap<>();
    /** What the previous export worked out from the same posts, for cards (see {@link PostMemo}). */
    final PostMemo.Round memo;
    private final Map<String, Tag> tagsByName = new HashMap<>();
    /** Each tag's page and link, by the tag as posts write it; worked out once (cards are made on several threads). */
    private final Map<String, TagPage> tagPages = new ConcurrentHashMap<>();
    /** Each category's link, its path checked once: every card shows its post's. */
    private final Map<Long, Link> categoryLinks = new ConcurrentHashMap<>();
    private final DateTimeFormatter dateFormat;
    /** The header and footer menus and social links, resolved against what this export writes. */
    final SiteNav nav;
    private final Map<String, String> tagDescriptions;

    SiteModel(SiteContent content, List<RenderedPost> posts) {
        this(content, posts, PostMemo.Round.NONE);
    }

    SiteModel(SiteContent content, List<RenderedPost> posts, PostMemo.Round memo) {
        this(content, posts, memo, null, CardLoop.SERIAL);
    }

    /**
     * The model of {@code content} with the cards of {@code posts}, made by {@code cardLoop}; with the menus of
     * {@code sameSite}, a model of the same content made before (null: resolved here). Resolving the menus passes
     * over every post's tags, and an export makes a model before its posts are rendered and one after.
     */
    SiteModel(SiteContent content, List<RenderedPost> posts, PostMemo.Round memo, SiteModel sameSite,
              CardLoop cardLoop) {
        this.settings = content.settings();
        this.memo = memo;
        this.links = new SiteLinks(settings.baseUrl());
        this.locale = Locale.forLanguageTag(settings.language());
        this.posts = posts;
        String direction = RTL_LANGUAGES.contains(locale.getLanguage()) ? "rtl" : "ltr";
        this.site = new Site(settings.header(), settings.title(), settings.tagline(), settings.description(),
                settings.language(), settings.authorName(), direction);
        this.look = ThemeLook.of(content.themeOptions(), links, content.assetsDir());
        try {
            this.dateFormat = DateTimeFormatter.ofPattern(settings.dateFormat(), locale);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The blog's date format '" + settings.dateFormat()
                    + "' is not valid: " + e.getMessage(), e);
        }
        content.categories().forEach(c -> categories.put(c.id(), c));
        for (Tag t : content.tags()) {
            tagsByName.putIfAbsent(t.name(), t);
            tagsByName.putIfAbsent(t.slug(), t);
        }
        this.tagDescriptions = content.tagDescriptions();
        this.nav = sameSite != null ? sameSite.nav : new SiteNav(content, pageSlugs(content), this::tagSlug);
        cards.addAll(cardLoop.cards(posts.size(), index -> card(index, posts.get(index))));
        // A card shows its category and tags, so the same cards (the same objects, see PostMemo) make the same
        // category and tag pages: the previous export's are taken as they are.
        Listings listings = memo.fromListing("category and tag pages", cards, this::listings);
        byCategory.putAll(listings.byCategory());
        byTag.putAll(listings.byTag());
    }

    /**
     * Makes the cards of a model's posts, each from its index. {@link #card} may run on several threads at once,
     * each on indexes of its own (its memo entry is the index's), and an export makes the 10,000 cards of a large
     * site on its workers.
     */
    @FunctionalInterface
    interface CardLoop {
        CardLoop SERIAL = (size, card) -> {
            List<Card> out = new ArrayList<>(size);
            for (int index = 0; index < size; index++) {
                out.add(card.apply(index));
            }
            return out;
        };

        List<Card> cards(int size, IntFunction<Card> card);
    }

    /** The slugs of the site's pages (exported to {@code <slug>/index.html}), which PAGE menu entries link to. */
    private static Set<String> pageSlugs(SiteContent content) {
        Set<String> slugs = new HashSet<>();
        content.posts().stream().filter(Post::isPage).forEach(p -> slugs.add(p.slug()));
        return slugs;
    }

    /** The category and tag pages, keyed by file, in order of first use. */
    private record Listings(Map<String, Listing> byCategory, Map<String, Listing> byTag) {
    }

    private Listings listings() {
        Map<String, Listing> categoryPages = new LinkedHashMap<>();
        Map<String, Listing> tagPages = new LinkedHashMap<>();
        Map<Long, String> categoryFiles = new HashMap<>();
        for (int index = 0; index < posts.size(); index++) {
            RenderedPost p = posts.get(index);
            Card card = cards.get(index);
            Category c = category(p.post());
            if (c != null) {
                String file = categoryFiles.computeIfAbsent(c.id(), id -> SiteLinks.categoryFile(c.slug()));
                add(categoryPages, file, card.category(), c.description(), card);
            }
            for (int i = 0; i < card.tags().size(); i++) {
                String tag = p.post().tags().get(i);
                add(tagPages, tagPage(tag).file(), card.tags().get(i),
                        tagDescriptions.getOrDefault(tagSlug(tag), ""), card);
            }
        }
        return new Listings(categoryPages, tagPages);
    }

    /** A category or tag page: its link, description and cards. */
    record Listing(String file, Link link, String description, List<Card> cards) {
    }

    private static void add(Map<String, Listing> map, String file, Link link, String description, Card card) {
        List<Card> cards = map.computeIfAbsent(file, f -> new Listing(f, link, description, new ArrayList<>())).cards();
        if (cards.isEmpty() || cards.get(cards.size() - 1) != card) {
            cards.add(card);
        }
    }

    static Instant date(Post p) {
        return p.publishedAt() != null ? p.publishedAt() : p.createdAt() != null ? p.createdAt() : p.updatedAt();
    }

    /**
     * The post's date as its author wrote it: in the offset its publication date was written with, else in the
     * blog's time zone, so a post written late on the 6th in New York shows on the 6th.
     */
    OffsetDateTime when(Post p) {
        return PostTimes.other(p, date(p), settings.zone());
    }

    static Instant modified(Post p) {
        Instant date = date(p);
        return p.updatedAt() != null && (date == null || p.updatedAt().isAfter(date)) ? p.updatedAt() : date;
    }

    /** The link to a post's page, as its neighbours show it. */
    static Link postLink(Post p) {
        return new Link(p.title(), SiteLinks.href(SiteLinks.postFile(p.slug())));
    }

    String formatDate(OffsetDateTime date) {
        return date == null ? "" : dateFormat.format(date);
    }

    Category category(Post p) {
        return p.categoryId() == null ? null : categories.get(p.categoryId());
    }

    /** A tag's page file and the link to it. */
    private record TagPage(String file, Link link) {
    }

    /** The page of {@code tag}, its path checked once. */
    private TagPage tagPage(String tag) {
        return tagPages.computeIfAbsent(tag, t -> {
            String file = SiteLinks.tagFile(tagSlug(t));
            SafePaths.check(file);
            return new TagPage(file, new Link(t, SiteLinks.href(file)));
        });
    }

    /** A tag's slug from the library's tag list (by name or slug); an unknown tag is lower-cased as it is. */
    String tagSlug(String tag) {
        Tag known = tagsByName.get(tag);
        return known != null ? known.slug() : tag.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /**
     * The card of {@code rp}, the post at {@code index} of the export; also for models made before the posts were
     * rendered (their post pages).
     */
    Card card(int index, RenderedPost rp) {
        return memo.card(index, rp, () -> card(rp));
    }

    private Card card(RenderedPost rp) {
        Post p = rp.post();
        Category c = category(p);
        Link category = c == null ? null : categoryLinks.computeIfAbsent(c.id(), id -> categoryLink(c));
        List<Link> tags = new ArrayList<>(p.tags().size());
        for (String t : p.tags()) {
            tags.add(tagPage(t).link());
        }
        String file = SafePaths.check(SiteLinks.postFile(p.slug()));
        OffsetDateTime date = when(p);
        return new Card(p.title(), SiteLinks.href(file), p.icon(), category, tags,
                rp.excerpt(), formatDate(date), PostTimes.iso(date), rp.readingMinutes(), rp.mark());
    }

    private static Link categoryLink(Category c) {
        String file = SafePaths.check(SiteLinks.categoryFile(c.slug()));
        return new Link(c.name(), SiteLinks.href(file));
    }
}
