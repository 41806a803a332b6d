package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportRun;
import dev.blogwright.logic.export.Exporter;
import dev.blogwright.logic.export.Parallel;
import dev.blogwright.logic.export.RenderedBodies;
import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.images.ImageVariants;
import dev.blogwright.logic.export.images.ResponsiveImages;
import dev.blogwright.logic.export.site.SiteModel.Listing;
import dev.blogwright.logic.export.site.ThemeViews.ArchiveGroup;
import dev.blogwright.logic.export.site.ThemeViews.Card;
import dev.blogwright.logic.export.site.ThemeViews.Link;
import dev.blogwright.logic.export.site.ThemeViews.Pager;
import dev.blogwright.logic.export.site.ThemeViews.PostPage;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.ThemeOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the HTML site through a theme: index pages, post pages, category, tag and archive pages, 404, plus the
 * feeds, sitemap and search index. Every page gets {@code root}, the relative way back to the bundle root.
 * Every page is fingerprinted by its template, the theme and the values it shows; a page whose fingerprint is
 * the previous bundle's is carried over without being rendered.
 */
public final class SiteExporter implements Exporter {
    private static final Logger LOG = LoggerFactory.getLogger(SiteExporter.class);
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);
    private final SiteTheme theme;
    /** The blog's theme options: pages show them, so they are part of every page's fingerprint. */
    private final ThemeOptions themeOptions;
    /** The menus and tag descriptions the export shows: on every page, so part of every page's fingerprint. */
    private final String navigationKey;
    /** The export this exporter serves, and a model of its site's settings, categories and tags for post pages. */
    private ExportRun run;
    private SiteModel settingsOnly;
    /** The export's images and their copies; none in the live preview, which shows the originals. */
    private ImageVariants images = ImageVariants.none();
    private ResponsiveImages responsive = new ResponsiveImages(images::facts, false);
    /** The export's posts apart from its pages. */
    private SitePages pages;

    SiteExporter(SiteTheme theme) {
        this(theme, ThemeOptions.defaults(), "");
    }

    SiteExporter(SiteTheme theme, ThemeOptions themeOptions) {
        this(theme, themeOptions, "");
    }

    private SiteExporter(SiteTheme theme, ThemeOptions themeOptions, String navigationKey) {
        this.theme = theme;
        this.themeOptions = themeOptions;
        this.navigationKey = navigationKey;
    }

    /** The site of one export, through the theme folder of {@code options} or else the one the blog names. */
    public static SiteExporter forExport(SiteContent content, ExportOptions options) throws IOException {
        return new SiteExporter(SiteTheme.select(options.themeDir(), content.settings().theme()),
                content.themeOptions(), InputKeys.of("navigation", content.menus(), content.tagDescriptions()));
    }

    /**
     * A page is made from its template and the theme as much as from what it shows; the menus are on every page
     * and the tag descriptions on the tag pages, so a change to them starts the export's memo afresh.
     */
    @Override
    public String fingerprint() {
        String withOptions = themeOptions.isDefault() ? theme.fingerprint()
                : InputKeys.of(theme.fingerprint(), themeOptions);
        return navigationKey.isEmpty() ? withOptions : withOptions + navigationKey;
    }

    @Override
    public void start(ExportRun run) {
        this.run = run;
        this.images = ImageVariants.forExport(run.content().assetsDir());
        this.responsive = new ResponsiveImages(images::facts, images.webp());
        // Post pages are written as soon as each post is rendered, before the listings know every post.
        this.settingsOnly = new SiteModel(run.content(), List.of(), run.memo());
        this.pages = new SitePages(run.content().posts(), theme);
        settingsOnly.nav.problems().forEach(problem -> LOG.warn("{}", problem));
    }

    @Override
    public boolean keepPost(int index, RenderedPost post) throws IOException {
        if (post.post().isPage()) {
            return run.bundle().reuse(SitePages.file(post.post()), pageInputs(post));
        }
        return keepPostPage(settingsOnly, pages.posts, pages.postIndex(index), post, run.bundle());
    }

    @Override
    public void writePost(int index, RenderedPost post, String markdown, String html) throws IOException {
        if (post.post().isPage()) {
            writeSitePage(post, html);
        } else {
            writePostPage(settingsOnly, pages.posts, pages.postIndex(index), post, html, run.bundle());
        }
    }

    @Override
    public void finish(List<RenderedPost> rendered) throws IOException {
        List<RenderedPost> posts = new ArrayList<>(pages.posts.size());
        List<RenderedPost> sitePages = new ArrayList<>();
        for (RenderedPost rp : rendered) {
            (rp.post().isPage() ? sitePages : posts).add(rp);
        }
        SiteModel model = new SiteModel(run.content(), posts, run.memo());
        model.pages = sitePages;
        writeListings(model, run.bundle(), run.options(), run.bodies());
        writeImageCopies(rendered);
    }

    /** Makes the responsive copies of every image a post or page shows, and the social copies of featured ones. */
    private void writeImageCopies(List<RenderedPost> rendered) {
        Set<String> used = new TreeSet<>();
        Set<String> featured = new TreeSet<>();
        for (RenderedPost rp : rendered) {
            used.addAll(rp.assets());
            String image = rp.post().featuredImage();
            if (image.startsWith("assets/")) {
                featured.add(image.substring("assets/".length()));
            }
        }
        String fallback = socialFallback();
        if (fallback.startsWith("assets/")) {
            used.add(fallback.substring("assets/".length()));
            featured.add(fallback.substring("assets/".length()));
        }
        images.writeCopies(run.bundle(), used, featured, run.options());
    }

    /** The blog's image for link previews of pages without one of their own (a theme option), else empty. */
    private String socialFallback() {
        return webUrl(themeOptions.socialImage());
    }

    /** Writes a page's own file unless it was kept; its HTML body as for a post. */
    private void writeSitePage(RenderedPost rp, String html) throws IOException {
        String file = SitePages.file(rp.post());
        if (run.bundle().has(file)) {
            return;
        }
        String body = responsive.body(html, webUrl(rp.post().featuredImage()).isBlank());
        String page = render(file, pages.template(), settingsOnly, sitePageValues(rp, body));
        run.bundle().write(file, bytes(page), pageInputs(rp));
    }

    /** As for a post: the body's fingerprint stands in for its HTML. */
    private String pageInputs(RenderedPost rp) {
        String file = SitePages.file(rp.post());
        return inputs(file, pages.template(), settingsOnly, List.of(sitePageValues(rp, "body:" + rp.bodyKey()),
                shownImages(rp)));
    }

    /** A page's template values with its link-preview meta: the site's kind of page, with the page's title. */
    private Map<String, Object> sitePageValues(RenderedPost rp, String html) {
        Map<String, Object> values = pages.values(settingsOnly, rp, html);
        if (values.get("post") instanceof PostPage page) {
            SocialMeta m = SocialMeta.article(settingsOnly, page.card().title(), page.description(),
                    settingsOnly.links.hasBaseUrl() ? page.canonical() : "", webUrl(rp.post().featuredImage()),
                    rp.post().featuredImageAlt(), images, socialFallback());
            values.put("social", new SocialMeta("website", m.title(), m.description(), m.url(), m.image(),
                    m.imageAlt(), m.imageWidth(), m.imageHeight()));
        }
        return values;
    }

    /**
     * Keeps the page of {@code posts.get(index)} (all posts in index order, for its neighbours) from the previous
     * bundle when it was made from the same inputs; false when it has to be {@link #writePostPage written}.
     * {@code model} only needs the site's settings, categories and tags, not the rendered posts.
     */
    private boolean keepPostPage(SiteModel model, List<Post> posts, int index, RenderedPost rp, BundleWriter out)
            throws IOException {
        String file = SiteLinks.postFile(rp.post().slug());
        return out.reuse(file, postInputs(model, posts, index, rp, file));
    }

    /** Writes the page of {@code posts.get(index)} with its body's HTML, unless {@link #keepPostPage} kept it. */
    private void writePostPage(SiteModel model, List<Post> posts, int index, RenderedPost rp, String html,
                       BundleWriter out) throws IOException {
        String file = SiteLinks.postFile(rp.post().slug());
        if (out.has(file)) {
            return;
        }
        String page = render(file, "post.peb", model, postView(model, posts, index, rp, SiteLinks.root(file), html));
        out.write(file, bytes(page), postInputs(model, posts, index, rp, file));
    }

    /**
     * The body's fingerprint stands in for its HTML: the page is the same exactly when the body and everything
     * else it shows are.
     */
    private String postInputs(SiteModel model, List<Post> posts, int index, RenderedPost rp, String file) {
        Post previous = index > 0 ? posts.get(index - 1) : null;
        Post next = index + 1 < posts.size() ? posts.get(index + 1) : null;
        return model.memo.pageKey(index, rp, previous, next, () -> {
            Map<String, Object> view = postView(model, posts, index, rp, SiteLinks.root(file), "body:" + rp.bodyKey());
            PostPage page = (PostPage) view.get("post");
            // The card's fingerprint, which the listings need too, stands in for it.
            Map<Object, String> known = new IdentityHashMap<>(2);
            known.put(page.card(), model.memo.cardKey(index, page.card(), () -> InputKeys.of(page.card())));
            view.put("images", shownImages(rp));
            return inputs(file, "post.peb", model, view, known);
        });
    }

    /** The images of a body as its page offers them: their sizes, and whether WebP copies exist. */
    private List<Object> shownImages(RenderedPost rp) {
        List<Object> shown = new ArrayList<>();
        shown.add(images.webp());
        for (String name : rp.assets()) {
            shown.add(images.facts(name).map(f -> (Object) f).orElse(name));
        }
        return shown;
    }

    /** Writes everything but the post pages, for posts already rendered, in index order. */
    private void writeListings(SiteModel model, BundleWriter out, ExportOptions options, RenderedBodies bodies)
            throws IOException {
        List<PageJob> jobs = new ArrayList<>(indexPages(model));
        for (Listing l : model.byCategory.values()) {
            jobs.add(new PageJob(l.file(), "category.peb", Map.of("category", l.link(),
                    "description", l.description(), "cards", l.cards())));
        }
        for (Listing l : model.byTag.values()) {
            jobs.add(new PageJob(l.file(), "tag.peb", Map.of("tag", l.link(),
                    "description", l.description(), "cards", l.cards())));
        }
        jobs.add(new PageJob("archive/index.html", "archive.peb", Map.of("groups", archive(model))));
        jobs.add(new PageJob("404.html", "404.peb", Map.of("root", model.links.notFoundRoot())));
        CardKeys cardKeys = new CardKeys(model, options);
        Parallel.map(jobs, options, ExportProgress.NONE, job -> {
            String inputs = model.memo.fromListing(job.file(), job.extra(),
                    () -> inputs(job.file(), job.template(), model, cardsByKey(job.extra(), cardKeys.byCard())));
            reuseOrWrite(out, job.file(), inputs, () -> bytes(render(job.file(), job.template(), model, job.extra())));
            return job;
        });
        for (Map.Entry<String, byte[]> file : theme.staticFiles().entrySet()) {
            out.write("assets/" + file.getKey(), file.getValue());
        }
        ThemeFiles.write(run.content(), out);
        Feeds feeds = new Feeds(model, bodies);
        String feedInputs = feeds.inputs();
        for (Map.Entry<String, Supplier<byte[]>> feed : Map.<String, Supplier<byte[]>>of("feed.xml", feeds::rss,
                "atom.xml", feeds::atom, "feed.json", feeds::jsonFeed).entrySet()) {
            reuseOrWrite(out, feed.getKey(), feedInputs, feed.getValue());
        }
        List<Object> sitemap = Sitemap.shown(model);
        reuseOrWrite(out, "sitemap.xml", model.memo.fromListing("sitemap.xml", sitemap, () -> Sitemap.inputs(sitemap)),
                () -> Sitemap.xml(model));
        out.write("robots.txt", Sitemap.robots(model));
        // Both search files show the cards' titles, links, excerpts, tags and categories, and nothing else.
        List<Card> pageCards = model.pages.stream().map(SitePages::card).toList();
        String searchInputs = model.memo.fromListing("search-index.json", List.of(model.cards, pageCards),
                () -> InputKeys.of("search-index", cardKeys.inOrder(), pageCards));
        boolean jsonKept = out.reuse("search-index.json", searchInputs);
        boolean scriptKept = out.reuse("assets/search-index.js", searchInputs);
        if (!jsonKept || !scriptKept) {
            byte[] json = SearchIndex.json(model, pageCards);
            if (!jsonKept) {
                out.write("search-index.json", json, searchInputs);
            }
            if (!scriptKept) {
                out.write("assets/search-index.js", SearchIndex.script(json), searchInputs);
            }
        }
    }

    /**
     * The fingerprints of all cards, worked out on first use. A card shows on up to a dozen listing pages: its
     * fingerprint is taken once and stands in for it; a re-export whose listings all show what they showed before
     * needs none.
     */
    private static final class CardKeys {
        private final SiteModel model;
        private final ExportOptions options;
        private List<String> inOrder;
        private Map<Card, String> byCard;

        CardKeys(SiteModel model, ExportOptions options) {
            this.model = model;
            this.options = options;
        }

        synchronized List<String> inOrder() {
            if (inOrder == null) {
                List<Integer> indexes = new ArrayList<>(model.cards.size());
                for (int i = 0; i < model.cards.size(); i++) {
                    indexes.add(i);
                }
                inOrder = Parallel.map(indexes, options, ExportProgress.NONE, i -> {
                    Card card = model.cards.get(i);
                    return model.memo.cardKey(i, card, () -> InputKeys.of(card));
                });
            }
            return inOrder;
        }

        synchronized Map<Card, String> byCard() {
            if (byCard == null) {
                List<String> keys = inOrder();
                byCard = new IdentityHashMap<>(keys.size() * 2);
                for (int i = 0; i < keys.size(); i++) {
                    byCard.put(model.cards.get(i), keys.get(i));
                }
            }
            return byCard;
        }
    }

    /** {@code value} with every card (in lists, archive groups, maps) replaced by its fingerprint. */
    private static Object cardsByKey(Object value, Map<Card, String> cardKeys) {
        if (value instanceof Card card) {
            String key = cardKeys.get(card);
            return key != null ? key : InputKeys.of(card);
        }
        if (value instanceof ArchiveGroup group) {
            return List.of(group.label(), cardsByKey(group.cards(), cardKeys));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> cardsByKey(v, cardKeys)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> keyed = new TreeMap<>();
            map.forEach((k, v) -> keyed.put(k, cardsByKey(v, cardKeys)));
            return keyed;
        }
        return value;
    }

    /** A page to make from a template and the values it shows besides the site's. */
    private record PageJob(String file, String template, Map<String, Object> extra) {
    }

    private static List<PageJob> indexPages(SiteModel model) {
        List<Card> cards = model.cards;
        int perPage = model.settings.postsPerPage();
        int pages = Math.max(1, (cards.size() + perPage - 1) / perPage);
        List<PageJob> jobs = new ArrayList<>(pages);
        for (int page = 1; page <= pages; page++) {
            List<Card> slice = cards.subList((page - 1) * perPage, Math.min(cards.size(), page * perPage));
            String previous = page > 1 ? SiteLinks.href(SiteLinks.pageFile(page - 1)) : "";
            String next = page < pages ? SiteLinks.href(SiteLinks.pageFile(page + 1)) : "";
            jobs.add(new PageJob(SiteLinks.pageFile(page), "index.peb",
                    Map.of("cards", slice, "pager", new Pager(page, pages, previous, next))));
        }
        return jobs;
    }

    /**
     * What a post's template sees: the post, its featured image as a responsive {@code <picture>} (empty when the
     * theme shows it as set) and its link-preview meta.
     */
    private Map<String, Object> postView(SiteModel model, List<Post> posts, int i, RenderedPost rp, String root,
                                         String html) {
        PostPage page = postPage(model, posts, i, rp, root, html);
        Post p = rp.post();
        String featured = webUrl(p.featuredImage());
        Map<String, Object> view = new HashMap<>();
        view.put("post", page);
        view.put("featuredImage", AssetLinks.rewrite(responsive.featured(featured, p.featuredImageAlt(),
                "post-image"), root));
        view.put("social", SocialMeta.article(model, page.card().title(), page.description(),
                model.links.hasBaseUrl() ? page.canonical() : "", featured, p.featuredImageAlt(), images,
                socialFallback()));
        return view;
    }

    private PostPage postPage(SiteModel model, List<Post> posts, int i, RenderedPost rp, String root,
                              String html) {
        Link previous = i > 0 ? SiteModel.postLink(posts.get(i - 1)) : null;
        Link next = i + 1 < posts.size() ? SiteModel.postLink(posts.get(i + 1)) : null;
        // The first image of a page without a featured image is above the fold: it is not loaded lazily.
        String body = responsive.body(html, webUrl(rp.post().featuredImage()).isBlank());
        return page(model, model.card(i, rp), rp, SiteLinks.postFile(rp.post().slug()), root, body, previous, next);
    }

    /** The view of the page at {@code file} (a post's or a page's) showing {@code card}. */
    static PostPage page(SiteModel model, Card card, RenderedPost rp, String file, String root, String html,
                         Link previous, Link next) {
        Post p = rp.post();
        String description = !p.metaDescription().isBlank() ? p.metaDescription() : rp.excerpt();
        String canonical = !webUrl(p.canonicalUrl()).isBlank() ? p.canonicalUrl()
                : model.links.hasBaseUrl() ? model.links.absolute(file) : "";
        String image = webUrl(p.featuredImage()).isBlank() ? "" : p.featuredImage().startsWith("assets/")
                ? root + SiteLinks.href(p.featuredImage()) : p.featuredImage();
        return new PostPage(card, AssetLinks.rewrite(html, root), description, canonical, image,
                p.featuredImageAlt(), previous, next);
    }

    /**
     * An author-set URL bound for a src or href: kept when relative or http(s), else empty, so a javascript: or
     * data: value never reaches a page (browsers drop whitespace and controls before reading the scheme).
     */
    private static String webUrl(String url) {
        String squeezed = INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        boolean hasScheme = SCHEME.matcher(squeezed).matches();
        return !hasScheme || squeezed.startsWith("http:") || squeezed.startsWith("https:") ? url : "";
    }

    private static List<ArchiveGroup> archive(SiteModel model) {
        // Each date is looked up once and each month named once: 10,000 posts have a hundred or so months.
        OffsetDateTime[] dates = new OffsetDateTime[model.cards.size()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = model.when(model.posts.get(i).post());
        }
        return model.memo.fromListing("archive groups", List.of(model.cards, Arrays.asList(dates)),
                () -> archive(model, dates));
    }

    private static List<ArchiveGroup> archive(SiteModel model, OffsetDateTime[] dates) {
        List<Integer> order = new ArrayList<>(dates.length);
        for (int i = 0; i < dates.length; i++) {
            order.add(i);
        }
        // Newest first by instant; each post in the month its author wrote it in.
        order.sort(Comparator.comparing(i -> dates[i], Comparator.nullsLast(
                Comparator.comparing(OffsetDateTime::toInstant, Comparator.reverseOrder()))));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", model.locale);
        Map<Long, String> monthNames = new HashMap<>();
        Map<String, List<Card>> groups = new LinkedHashMap<>();
        for (int i : order) {
            OffsetDateTime date = dates[i];
            String label = date == null ? "Undated" : monthNames.computeIfAbsent(monthOf(date),
                    m -> month.format(date));
            groups.computeIfAbsent(label, k -> new ArrayList<>()).add(model.cards.get(i));
        }
        List<ArchiveGroup> result = new ArrayList<>();
        groups.forEach((label, cards) -> result.add(new ArchiveGroup(label, cards)));
        return result;
    }

    /** The month of {@code date} as written, as a number (year * 12 + month). */
    private static long monthOf(OffsetDateTime date) {
        return date.getYear() * 12L + date.getMonthValue();
    }

    /** Carries the previous bundle's {@code file} over when made from the same inputs, else makes and writes it. */
    private static void reuseOrWrite(BundleWriter out, String file, String inputs, Supplier<byte[]> make)
            throws IOException {
        if (!out.reuse(file, inputs)) {
            out.write(file, make.get(), inputs);
        }
    }

    private String inputs(String file, String template, SiteModel model, Object extra) {
        return inputs(file, template, model, extra, Map.of());
    }

    /** The key of a page; {@code known} (by identity) holds the fingerprints of records in it, taken before. */
    private String inputs(String file, String template, SiteModel model, Object extra, Map<Object, String> known) {
        // The base URL is in every page's link-preview meta.
        return InputKeys.ofKnown(known, "page", fingerprint(), template, file, model.site, model.links.baseUrl(),
                model.nav.shown(),
                extra);
    }

    private String render(String file, String template, SiteModel model, Map<String, Object> extra) {
        Map<String, Object> context = new HashMap<>(extra);
        context.put("site", model.site);
        context.put("theme", model.look);
        context.putIfAbsent("root", SiteLinks.root(file));
        context.put("file", file);
        context.putIfAbsent("social", SocialMeta.website(model, file, socialFallback(), images));
        context.put("nav", model.nav.forPage(file, (String) context.get("root")));
        return theme.render(template, context);
    }

    private static byte[] bytes(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** The page of {@code rp}, alone on its site, as the export would write it; for the live preview. */
    String lonePostPage(SiteModel model, RenderedPost rp, String html) {
        if (rp.post().isPage()) {
            SitePages lone = new SitePages(List.of(rp.post()), theme);
            String file = SitePages.file(rp.post());
            return render(file, lone.template(), model, lone.values(model, rp, html));
        }
        String file = SiteLinks.postFile(rp.post().slug());
        return render(file, "post.peb", model, postView(model, List.of(rp.post()), 0, rp, SiteLinks.root(file), html));
    }
}
