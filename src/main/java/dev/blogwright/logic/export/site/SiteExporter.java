package dev.blogwright.logic.export.site;

import dev.blogwright.logic.FastPaths;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportRun;
import dev.blogwright.logic.export.Exporter;
import dev.blogwright.logic.export.Parallel;
import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.images.PostImages;
import dev.blogwright.logic.export.site.ThemeViews.Card;
import dev.blogwright.logic.export.site.ThemeViews.Link;
import dev.blogwright.logic.export.site.ThemeViews.PostPage;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.ThemeOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the HTML site through a theme: index pages, post pages, category, tag and archive pages, 404, plus the
 * feeds, sitemap and search index. Every page gets {@code root}, the relative way back to the bundle root.
 * Every page is fingerprinted by its template, the theme and the values it shows; a page whose fingerprint is
 * the previous bundle's is carried over without being rendered. Post and page files are written here as each post
 * is rendered; {@link SiteListings} writes the rest, {@link PostImages} the images' markup and copies,
 * {@link LinkPreviews} the link-preview meta.
 */
public final class SiteExporter implements Exporter {
    private static final Logger LOG = LoggerFactory.getLogger(SiteExporter.class);
    private static final String ASSETS = "assets/";
    /** Fewer cards than this are made on the calling thread: starting the workers would cost more. */
    private static final int PARALLEL_CARDS = 1_000;
    private final SiteTheme theme;
    /** The blog's theme options: pages show them, so they are part of every page's fingerprint. */
    private final ThemeOptions themeOptions;
    /** The menus and tag descriptions the export shows: on every page, so part of every page's fingerprint. */
    private final String navigationKey;
    private final String memoSources;
    /** The export this exporter serves, and a model of its site's settings, categories and tags for post pages. */
    private ExportRun run;
    private SiteModel settingsOnly;
    /** The export's images and their copies; none in the live preview, which shows the originals. */
    private PostImages images = PostImages.none();
    private ThemedPages themed;
    /** The export's posts apart from its pages. */
    private SitePages pages;
    /** What every post page's sources share: the fingerprint of everything a post page shows besides its post. */
    private String sharedSources;

    SiteExporter(SiteTheme theme) {
        this(theme, ThemeOptions.defaults(), "", "");
    }

    SiteExporter(SiteTheme theme, ThemeOptions themeOptions) {
        this(theme, themeOptions, "", "");
    }

    private SiteExporter(SiteTheme theme, ThemeOptions themeOptions, String navigationKey, String memoSources) {
        this.theme = theme;
        this.themeOptions = themeOptions;
        this.navigationKey = navigationKey;
        this.memoSources = memoSources;
        this.themed = themedPages();
    }

    /** Pages made with the export's images (their social copies are in the link-preview meta). */
    private ThemedPages themedPages() {
        return new ThemedPages(theme, this::fingerprint,
                new LinkPreviews(images.variants(), themeOptions.socialImage()));
    }

    /** The site of one export, through the theme folder of {@code options} or else the one the blog names. */
    public static SiteExporter forExport(SiteContent content, ExportOptions options) throws IOException {
        return new SiteExporter(SiteTheme.select(options.themeDir(), content.settings().theme()),
                content.themeOptions(), InputKeys.of("navigation", content.menus(), content.tagDescriptions()),
                InputKeys.of("pages and images", pageSlugs(content), imageFiles(content.assetsDir())));
    }

    /** The site's pages by slug: a menu entry naming one links to it once it exists. */
    private static List<String> pageSlugs(SiteContent content) {
        return content.posts().stream().filter(Post::isPage).map(Post::slug).sorted().toList();
    }

    /**
     * The images as files (name, size, time): a page shows an image's width and height, which a file replaced under
     * its name changes without any post changing.
     */
    private static List<String> imageFiles(Path assets) throws IOException {
        if (assets == null || !Files.isDirectory(assets)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(assets)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                out.add(f.getFileName() + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
            }
            return out;
        }
    }

    /**
     * The memory of posts kept between exports in the app also has to match the site's pages (menus link to them)
     * and its image files (pages show their sizes), which no post and no setting reflects.
     */
    @Override
    public String memoContext() {
        return fingerprint() + memoSources;
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
        this.images = PostImages.forExport(run.content().assetsDir());
        this.themed = themedPages();
        // Post pages are written as soon as each post is rendered, before the listings know every post.
        this.settingsOnly = new SiteModel(run.content(), List.of(), run.memo());
        this.pages = new SitePages(run.content().posts(), theme);
        settingsOnly.nav.problems().forEach(problem -> LOG.warn("{}", problem));
        this.sharedSources = sharedSources(run.content(), settingsOnly);
    }

    /**
     * Everything a post page's fingerprint takes from beyond its post and neighbours: the theme, its options and the
     * menus ({@link #fingerprint}), the settings, categories and tags (dates, links, the site's name and language),
     * the menus as resolved against the site's pages, and the blog's fallback image for link previews. With the
     * post's own sources it stands for the page's fingerprint in a new process (see {@link #postKey}); anything
     * added to a post page's view has to be here or in the post's sources, or such a process keeps a stale page.
     */
    private String sharedSources(SiteContent content, SiteModel model) {
        String fallback = themed.previews().fallbackImage();
        return InputKeys.of("post page", fingerprint(), content.settings(), content.categories(), content.tags(),
                model.site, model.links.baseUrl(), model.nav.shown(),
                images.shown(fallback.startsWith(ASSETS) ? List.of(fallback.substring(ASSETS.length())) : List.of()));
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
        SiteModel model = new SiteModel(run.content(), posts, run.memo(), settingsOnly, this::cards);
        model.pages = sitePages;
        new SiteListings(theme, themed).write(model, run);
        images.writeCopies(rendered, themed.previews().fallbackImage(), run.bundle(), run.options());
    }

    /**
     * The listings' cards, on the export's workers when there are many: in a one-post deploy of 10,000 posts the
     * main thread made them one after another for 60 ms while the workers waited.
     */
    private List<Card> cards(int size, IntFunction<Card> card) {
        if (size < PARALLEL_CARDS) {
            return SiteModel.CardLoop.SERIAL.cards(size, card);
        }
        return Parallel.map(IntStream.range(0, size).boxed().toList(), run.options(), ExportProgress.NONE,
                card::apply);
    }

    /** Writes a page's own file unless it was kept; its HTML body as for a post. */
    private void writeSitePage(RenderedPost rp, String html) throws IOException {
        String file = SitePages.file(rp.post());
        if (run.bundle().has(file)) {
            return;
        }
        String body = images.body(html, hasFeatured(rp.post()));
        String page = themed.render(file, pages.template(), settingsOnly, sitePageValues(rp, body));
        run.bundle().write(file, bytes(page), pageInputs(rp));
    }

    /** As for a post: the body's fingerprint stands in for its HTML. */
    private String pageInputs(RenderedPost rp) {
        String file = SitePages.file(rp.post());
        return themed.inputs(file, pages.template(), settingsOnly,
                List.of(sitePageValues(rp, "body:" + rp.bodyKey()), images.shown(rp.assets())));
    }

    /** A page's template values with its link-preview meta: the site's kind of page, with the page's title. */
    private Map<String, Object> sitePageValues(RenderedPost rp, String html) {
        Map<String, Object> values = pages.values(settingsOnly, rp, html);
        if (values.get("post") instanceof PostPage page) {
            values.put("social", themed.previews().sitePage(settingsOnly, page, rp.post()));
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
        PostMemo.PageKey key = postKey(model, posts, index, rp, file, out);
        return out.reuse(file, key.inputs(), key.sources());
    }

    /** Writes the page of {@code posts.get(index)} with its body's HTML, unless {@link #keepPostPage} kept it. */
    private void writePostPage(SiteModel model, List<Post> posts, int index, RenderedPost rp, String html,
                       BundleWriter out) throws IOException {
        String file = SiteLinks.postFile(rp.post().slug());
        if (out.has(file)) {
            return;
        }
        String page = themed.render(file, "post.peb", model, postView(model, posts, index, rp, SiteLinks.root(file), html));
        PostMemo.PageKey key = postKey(model, posts, index, rp, file, out);
        out.write(file, bytes(page), key.inputs(), key.sources());
    }

    /**
     * The page's fingerprints: remembered by this service's memo, else taken from the previous bundle when the page
     * was made from the same sources (the post as rendered, its neighbours' links, its images, and
     * {@link #sharedSources}), else worked out ({@link #postInputs}).
     */
    private PostMemo.PageKey postKey(SiteModel model, List<Post> posts, int index, RenderedPost rp, String file,
                                     BundleWriter out) {
        Post previous = index > 0 ? posts.get(index - 1) : null;
        Post next = index + 1 < posts.size() ? posts.get(index + 1) : null;
        return model.memo.pageKey(index, rp, previous, next, () -> {
            String sources = !FastPaths.on(FastPaths.Switch.STORED_MEMO) ? null : PostSources.key(sharedSources,
                    file, rp, previous == null ? null : SiteModel.postLink(previous),
                    next == null ? null : SiteModel.postLink(next), images.shown(rp.assets()));
            String known = out.inputsFrom(file, sources);
            return new PostMemo.PageKey(known != null ? known : postInputs(model, posts, index, rp, file), sources);
        });
    }

    /**
     * The body's fingerprint stands in for its HTML: the page is the same exactly when the body and everything
     * else it shows are.
     */
    private String postInputs(SiteModel model, List<Post> posts, int index, RenderedPost rp, String file) {
        Map<String, Object> view = postView(model, posts, index, rp, SiteLinks.root(file), "body:" + rp.bodyKey());
        PostPage page = (PostPage) view.get("post");
        // The card's fingerprint, which the listings need too, stands in for it.
        Map<Object, String> known = new IdentityHashMap<>(2);
        known.put(page.card(), model.memo.cardKey(index, page.card(), () -> CardKey.of(page.card())));
        view.put("images", images.shown(rp.assets()));
        return themed.inputs(file, "post.peb", model, view, known);
    }

    /**
     * What a post's template sees: the post, its featured image as a responsive {@code <picture>} (empty when the
     * theme shows it as set) and its link-preview meta.
     */
    private Map<String, Object> postView(SiteModel model, List<Post> posts, int i, RenderedPost rp, String root,
                                         String html) {
        PostPage page = postPage(model, posts, i, rp, root, html);
        Post p = rp.post();
        Map<String, Object> view = new HashMap<>();
        view.put("post", page);
        view.put("featuredImage", AssetLinks.rewrite(images.featured(SiteLinks.webUrl(p.featuredImage()),
                p.featuredImageAlt(), "post-image"), root));
        view.put("social", themed.previews().article(model, page, p));
        return view;
    }

    private PostPage postPage(SiteModel model, List<Post> posts, int i, RenderedPost rp, String root,
                              String html) {
        Link previous = i > 0 ? SiteModel.postLink(posts.get(i - 1)) : null;
        Link next = i + 1 < posts.size() ? SiteModel.postLink(posts.get(i + 1)) : null;
        // The first image of a page without a featured image is above the fold: it is not loaded lazily.
        String body = images.body(html, hasFeatured(rp.post()));
        return page(model, model.card(i, rp), rp, SiteLinks.postFile(rp.post().slug()), root, body, previous, next);
    }

    private static boolean hasFeatured(Post p) {
        return !SiteLinks.webUrl(p.featuredImage()).isBlank();
    }

    /** The view of the page at {@code file} (a post's or a page's) showing {@code card}. */
    static PostPage page(SiteModel model, Card card, RenderedPost rp, String file, String root, String html,
                         Link previous, Link next) {
        Post p = rp.post();
        String description = !p.metaDescription().isBlank() ? p.metaDescription() : rp.excerpt();
        String canonical = !SiteLinks.webUrl(p.canonicalUrl()).isBlank() ? p.canonicalUrl()
                : model.links.hasBaseUrl() ? model.links.absolute(file) : "";
        String image = SiteLinks.webUrl(p.featuredImage()).isBlank() ? "" : p.featuredImage().startsWith("assets/")
                ? root + SiteLinks.href(p.featuredImage()) : p.featuredImage();
        return new PostPage(card, AssetLinks.rewrite(html, root), description, canonical, image,
                p.featuredImageAlt(), previous, next);
    }

    private static byte[] bytes(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** The page of {@code rp}, alone on its site, as the export would write it; for the live preview. */
    String lonePostPage(SiteModel model, RenderedPost rp, String html) {
        if (rp.post().isPage()) {
            SitePages lone = new SitePages(List.of(rp.post()), theme);
            String file = SitePages.file(rp.post());
            return themed.render(file, lone.template(), model, lone.values(model, rp, html));
        }
        String file = SiteLinks.postFile(rp.post().slug());
        return themed.render(file, "post.peb", model, postView(model, List.of(rp.post()), 0, rp, SiteLinks.root(file),
                html));
    }
}
