package dev.blogwright.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path of a push ({@link PostChanges}) against the whole text form: for random sequences of edits of every
 * kind, whenever the fast path says it fits, the tree it makes is the tree of the whole library hashed afresh; and
 * every sync in between (which takes the fast path whenever it fits) commits exactly the library.
 */
class PostChangesPropertyTest {
    private static final int STEPS = 50;

    @TempDir
    Path dir;
    private BlogLibrary lib;
    private SyncedLibrary synced;
    private SyncService sync;
    private Random random;
    private int fastChecked;
    private int syncsChecked;

    @BeforeEach
    void aSyncedSampleLibraryWithPages() throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        lib = BlogLibrary.open(Files.createDirectories(dir.resolve("laptop")).resolve("library.db"), OpenMode.CREATE);
        lib.installSample();
        Post parent = lib.posts().create(Post.draft("About", "About us.\n").kind(PostKind.PAGE)
                .status(PostStatus.PUBLISHED).build());
        lib.posts().create(Post.draft("Team", "The team.\n").kind(PostKind.PAGE).parentId(parent.id())
                .status(PostStatus.PUBLISHED).build());
        synced = LibraryTexts.of(lib);
        sync = new SyncService(synced);
        sync.init(bare.toUri().toString());
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theFastPathsTreeIsTheWholeLibrarysTree(long seed) throws Exception {
        random = new Random(seed);
        for (int step = 0; step < STEPS; step++) {
            if (!sync.sharesDrafts() && random.nextBoolean()) {
                // Not sharing drafts never takes the fast path: a stretch of it, not most of the run.
                sync.shareDrafts(true);
            }
            int edits = 1 + random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                edit(step * 10 + i);
            }
            if (random.nextBoolean()) {
                checkFastPath();
            }
            sync.sync();
            if (sync.sharesDrafts()) {
                assertThat(committedTree()).as("the synced commit at step %d", step).isEqualTo(wholeTree());
                syncsChecked++;
            }
        }
        assertThat(fastChecked).as("edits the fast path took").isGreaterThan(STEPS / 10);
        assertThat(syncsChecked).isGreaterThan(STEPS / 2);
    }

    /** What the fast path makes of the library now, where it fits, is the whole library's tree. */
    private void checkFastPath() throws Exception {
        Optional<PostChanges.Marks> since = synced.sync().value(SyncService.POST_MARKS)
                .flatMap(PostChanges.Marks::parse);
        if (since.isEmpty() || synced.sync().value(SyncService.CHANGES).orElse("").isEmpty()) {
            return;
        }
        try (GitStore store = open()) {
            RevCommit base = store.commit(synced.sync().value(SyncService.COMMIT).orElseThrow());
            Optional<PostChanges.Edits> edits = PostChanges.read(synced, store, base, since.get());
            if (edits.isPresent()) {
                assertThat(store.editTree(base, edits.get().edits())).isEqualTo(wholeTree());
                fastChecked++;
            }
        }
    }

    private GitStore open() throws Exception {
        return GitStore.open(GitStore.folderFor(lib.file()), synced.sync().value(SyncService.REMOTE).orElseThrow());
    }

    private ObjectId committedTree() throws Exception {
        try (GitStore store = open()) {
            return store.commit(synced.sync().value(SyncService.COMMIT).orElseThrow()).getTree().getId();
        }
    }

    /** The tree of the library's whole text form, every file written and hashed afresh (no memory of any sync). */
    private ObjectId wholeTree() throws Exception {
        LibraryText text = new TextExporter(synced).read();
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        text.files().forEach((path, bytes) -> builder.add(entry(path, hasher.idFor(Constants.OBJ_BLOB, bytes))));
        for (var e : text.assets().entrySet()) {
            builder.add(entry(LibraryText.ASSETS + e.getKey(),
                    hasher.idFor(Constants.OBJ_BLOB, Files.readAllBytes(e.getValue()))));
        }
        builder.finish();
        // Trees are hashed by storing them; an in-memory repository keeps the library's own one untouched.
        try (InMemoryRepository scratch = new InMemoryRepository(new DfsRepositoryDescription("whole"));
             ObjectInserter trees = scratch.newObjectInserter()) {
            return index.writeTree(trees);
        }
    }

    private static DirCacheEntry entry(String path, ObjectId blob) {
        DirCacheEntry e = new DirCacheEntry(path);
        e.setFileMode(FileMode.REGULAR_FILE);
        e.setObjectId(blob);
        return e;
    }

    private List<Post> posts(boolean pages) {
        List<Post> out = new ArrayList<>();
        for (boolean trashed : new boolean[] {false, true}) {
            out.addAll(lib.posts().posts(PostQuery.all().withTrashed(trashed)
                    .withKind(pages ? PostKind.PAGE : PostKind.POST)));
        }
        return out;
    }

    private Post any() {
        List<Post> all = posts(random.nextInt(8) == 0);
        return all.isEmpty() ? posts(false).get(0) : all.get(random.nextInt(all.size()));
    }

    private void save(Post p) {
        lib.posts().save(p, true);
    }

    /** One random edit of the kinds a writer makes, most of them of one post. */
    private void edit(int n) {
        Post p = any();
        List<Category> categories = lib.taxonomy().categories();
        switch (random.nextInt(14)) {
            case 0, 1, 2 -> save(p.toBuilder().body(p.body() + "\nEdit " + n + ".\n").build());
            case 3 -> save(p.toBuilder().title(p.title() + " " + n).slug(p.slug() + "-" + n).build());
            case 4 -> save(p.toBuilder().categoryId(categories.isEmpty() || random.nextBoolean() ? null
                    : categories.get(random.nextInt(categories.size())).id()).build());
            case 5 -> save(p.toBuilder().tags(random.nextBoolean() ? List.of("travel")
                    : List.of("tag" + random.nextInt(4), "travel")).build());
            case 6 -> save(p.toBuilder().status(p.status() == PostStatus.DRAFT ? PostStatus.PUBLISHED
                    : PostStatus.DRAFT).build());
            case 7 -> lib.posts().create(Post.draft("New " + n, "A new post " + n + ".\n").build());
            case 8 -> {
                if (p.trashed()) {
                    lib.organizer().restore(List.of(p.id()));
                } else {
                    lib.organizer().trash(List.of(p.id()));
                }
            }
            case 9 -> {
                if (p.trashed()) {
                    lib.organizer().deleteForever(List.of(p.id()));
                }
            }
            case 10 -> {
                Category c = categories.get(random.nextInt(categories.size()));
                lib.taxonomy().updateCategory(new Category(c.id(), c.name() + " " + n, c.slug(), c.description(),
                        c.colour(), c.position(), c.parentId()));
            }
            case 11 -> lib.goals().set(p.id(), random.nextBoolean() ? "" : Integer.toString(500 + n));
            case 12 -> sync.shareDrafts(!sync.sharesDrafts());
            default -> swapSlugs(p, any(), n);
        }
    }

    /** Two posts trade slugs (each one's file goes where the other's was). */
    private void swapSlugs(Post a, Post b, int n) {
        if (a.id() == b.id() || a.kind() != b.kind()) {
            return;
        }
        save(a.toBuilder().slug("swap-" + n).build());
        save(b.toBuilder().slug(a.slug()).build());
        save(lib.posts().find(a.id()).orElseThrow().toBuilder().slug(b.slug()).build());
    }
}
