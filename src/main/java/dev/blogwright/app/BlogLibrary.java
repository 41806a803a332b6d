package dev.blogwright.app;

import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.menus.MenuService;
import dev.blogwright.logic.post.PostOrganizer;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.PostService;
import dev.blogwright.logic.post.PostSort;
import dev.blogwright.logic.post.RevisionKeeper;
import dev.blogwright.logic.sample.SampleBlog;
import dev.blogwright.logic.settings.SettingsService;
import dev.blogwright.logic.spelling.Dictionaries;
import dev.blogwright.logic.spelling.SpellingService;
import dev.blogwright.logic.taxonomy.TaxonomyService;
import dev.blogwright.logic.theme.ThemeOptionsService;
import dev.blogwright.logic.writing.WordGoals;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.LibraryStats;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostHead;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.SiteContent;
import dev.blogwright.store.Database;
import dev.blogwright.store.SqlAssetRepository;
import dev.blogwright.store.SqlDictionaryRepository;
import dev.blogwright.store.SqlGoalRepository;
import dev.blogwright.store.SqlPostRepository;
import dev.blogwright.store.SqlRevisionRepository;
import dev.blogwright.store.SqlSettingsRepository;
import dev.blogwright.store.SqlTaxonomyRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An open library with its services: the one place that wires the store to the logic, for the command line and
 * the desktop app alike.
 */
public final class BlogLibrary implements AutoCloseable {
    private final Database db;
    private final Path file;
    private final Clock clock;
    private final SqlPostRepository postRepo;
    private final TaxonomyService taxonomy;
    private final PostService posts;
    private final PostOrganizer organizer;
    private final RevisionKeeper revisions;
    private final SettingsService settings;
    private final ThemeOptionsService themeOptions;
    private final AssetService assets;
    private final SpellingService spelling;
    private final WordGoals goals;
    private final MenuService menus;

    private BlogLibrary(Database db, Clock clock) {
        this.db = db;
        this.file = db.file();
        this.clock = clock;
        this.postRepo = new SqlPostRepository(db);
        this.taxonomy = new TaxonomyService(new SqlTaxonomyRepository(db), db);
        this.revisions = new RevisionKeeper(new SqlRevisionRepository(db));
        this.posts = new PostService(postRepo, taxonomy, revisions, db, clock);
        this.organizer = new PostOrganizer(postRepo, taxonomy, db, clock);
        this.settings = new SettingsService(new SqlSettingsRepository(db));
        this.themeOptions = new ThemeOptionsService(new SqlSettingsRepository(db));
        this.assets = new AssetService(new SqlAssetRepository(db), db, LibraryLocation.assetsFolder(file), clock);
        this.spelling = new SpellingService(Dictionaries.installed(), new SqlDictionaryRepository(db));
        this.goals = new WordGoals(new SqlGoalRepository(db));
        this.menus = new MenuService(new SqlSettingsRepository(db));
    }

    public static BlogLibrary open(Path file, OpenMode mode) {
        return open(file, mode, Clock.systemUTC());
    }

    public static BlogLibrary open(Path file, OpenMode mode, Clock clock) {
        return new BlogLibrary(Database.open(file, storeMode(mode)), clock);
    }

    private static Database.Mode storeMode(OpenMode mode) {
        return switch (mode) {
            case CREATE -> Database.Mode.CREATE;
            case WRITE -> Database.Mode.WRITE;
            case READ_ONLY -> Database.Mode.READ_ONLY;
        };
    }

    public Path file() {
        return file;
    }

    /** The store itself: for the app's own wiring and for tests; gui and cli never see it (LayeringTest). */
    public Database database() {
        return db;
    }

    /**
     * Runs {@code work} in one transaction, so what it reads through several services (a list page, the counts
     * of every status tab, the categories) is one consistent picture of the library.
     */
    public <T> T consistently(Supplier<T> work) {
        return db.inTransaction(work);
    }

    public PostService posts() {
        return posts;
    }

    public PostOrganizer organizer() {
        return organizer;
    }

    public RevisionKeeper revisions() {
        return revisions;
    }

    public TaxonomyService taxonomy() {
        return taxonomy;
    }

    public SettingsService settings() {
        return settings;
    }

    /** Logo, favicon, accent, font, header layout, footer text and social image: the theme's options. */
    public ThemeOptionsService themeOptions() {
        return themeOptions;
    }

    public AssetService assets() {
        return assets;
    }

    public SpellingService spelling() {
        return spelling;
    }

    /** Each post's word-count goal. */
    public WordGoals goals() {
        return goals;
    }

    /** The site's header and footer menus, social links and tag descriptions. */
    public MenuService menus() {
        return menus;
    }

    public Clock clock() {
        return clock;
    }

    /** Writes the sample blog of assets/sample into this library. */
    public void installSample() {
        SampleBlog.install(settings, taxonomy, posts, spelling, db);
    }

    public boolean isEmpty() {
        return posts.count(PostQuery.all()) == 0 && posts.count(PostQuery.all().withTrashed(true)) == 0;
    }

    /** The posts of the blog index, in its order: published ones whose date has come, plus drafts if asked. */
    public List<Post> indexPosts(boolean includeDrafts) {
        Instant now = clock.instant();
        return posts.posts(indexQuery(settings.load())).stream().filter(p -> inIndex(p, includeDrafts, now)).toList();
    }

    private static PostQuery indexQuery(BlogSettings s) {
        return s.indexOrder() == IndexOrder.MANUAL ? PostQuery.all() : PostQuery.all().sortedBy(PostSort.PUBLISHED, true);
    }

    private static boolean inIndex(Post p, boolean includeDrafts, Instant now) {
        return includeDrafts
                || (p.status() != PostStatus.DRAFT && p.publishedAt() != null && !p.publishedAt().isAfter(now));
    }

    /** A consistent snapshot of what an export needs, bodies included, read in one transaction. */
    public SiteContent siteContent(boolean includeDrafts) {
        return db.inTransaction(() -> new SiteContent(settings.load(), taxonomy.categories(), taxonomy.tags(),
                indexPosts(includeDrafts), assets.folder()).withThemeOptions(themeOptions.load())
                .withNavigation(menus.menus(), menus.tagDescriptions()));
    }

    /**
     * What an export needs, as a snapshot held open until closed: posts without bodies, each body read when the
     * export renders its post. For exports of a large library, which would otherwise read every body.
     */
    public ExportSnapshot exportSnapshot(boolean includeDrafts) {
        return exportSnapshot(includeDrafts, null);
    }

    /** As {@link #exportSnapshot(boolean)}, reading again only the posts that changed since {@code cache} saw them. */
    public ExportSnapshot exportSnapshot(boolean includeDrafts, PostCache cache) {
        Database snapshot = db.snapshot();
        try {
            SqlPostRepository stored = new SqlPostRepository(snapshot);
            TaxonomyService storedTaxonomy = new TaxonomyService(new SqlTaxonomyRepository(snapshot), snapshot);
            SqlSettingsRepository storedSettings = new SqlSettingsRepository(snapshot);
            BlogSettings s = new SettingsService(storedSettings).load();
            Map<String, String> settingValues = storedSettings.all();
            PostQuery query = indexQuery(s);
            List<PostHead> heads = cache == null ? stored.heads(query) : cache.heads(stored, query);
            Instant now = clock.instant();
            List<Post> selected = new ArrayList<>(heads.size());
            Map<Long, String> fingerprints = new HashMap<>(heads.size() * 2);
            for (PostHead head : heads) {
                if (inIndex(head.post(), includeDrafts, now)) {
                    selected.add(head.post());
                    fingerprints.put(head.post().id(), head.bodyHash());
                }
            }
            return new ExportSnapshot(snapshot, new SiteContent(s, storedTaxonomy.categories(), storedTaxonomy.tags(),
                    selected, assets.folder(), new StoredBodies(stored, fingerprints),
                    new ThemeOptionsService(storedSettings).load(), MenuService.menusOf(settingValues),
                    MenuService.tagDescriptionsOf(settingValues)));
        } catch (RuntimeException e) {
            snapshot.close();
            throw e;
        }
    }

    public LibraryStats stats() {
        return db.inTransaction(() -> {
            Map<PostStatus, Integer> live = postRepo.countByStatus(false);
            int trashed = postRepo.countByStatus(true).values().stream().mapToInt(Integer::intValue).sum();
            int total = live.values().stream().mapToInt(Integer::intValue).sum();
            return new LibraryStats(total, live.get(PostStatus.PUBLISHED), live.get(PostStatus.DRAFT),
                    live.get(PostStatus.SCHEDULED), trashed, postRepo.totalWords(), taxonomy.categories().size(),
                    taxonomy.tags().size(), assets.all().size(), postRepo.countByCategory(), postRepo.countByMonth(),
                    postRepo.countPages());
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
