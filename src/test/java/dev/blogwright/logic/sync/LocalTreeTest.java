package dev.blogwright.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's side of a sync, read at the cost of what changed: it writes only the posts whose version or
 * context moved since the last sync, and what it gives is always exactly the full text form's blobs.
 */
class LocalTreeTest {
    @TempDir
    Path dir;
    private BlogLibrary lib;
    private SyncedLibrary synced;

    @BeforeEach
    void aSyncedSampleLibrary() throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        lib = BlogLibrary.open(Files.createDirectories(dir.resolve("laptop")).resolve("library.db"),
                OpenMode.CREATE);
        lib.installSample();
        synced = LibraryTexts.of(lib);
        new SyncService(synced).init(bare.toUri().toString());
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private LocalTree.Result read() throws Exception {
        try (GitStore store = GitStore.open(GitStore.folderFor(lib.file()), synced.sync().value(SyncService.REMOTE)
                .orElseThrow())) {
            ObjectId commit = ObjectId.fromString(synced.sync().value(SyncService.COMMIT).orElseThrow());
            return LocalTree.read(synced, store, store.entries(commit));
        }
    }

    /** Path → blob id of the whole text form, hashed afresh. */
    private Map<String, ObjectId> fullTextForm() throws Exception {
        LibraryText text = new TextExporter(synced).read();
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        Map<String, ObjectId> out = new TreeMap<>();
        text.files().forEach((path, bytes) -> out.put(path, hasher.idFor(Constants.OBJ_BLOB, bytes)));
        for (var e : text.assets().entrySet()) {
            out.put(LibraryText.ASSETS + e.getKey(), hasher.idFor(Constants.OBJ_BLOB, Files.readAllBytes(e.getValue())));
        }
        return out;
    }

    @Test
    void nothingChangedWritesNoPost() throws Exception {
        LocalTree.Result r = read();
        assertThat(r.written()).isZero();
        assertThat(r.files()).isEqualTo(fullTextForm());
    }

    @Test
    void anEditedPostIsTheOnlyOneWritten() throws Exception {
        Post p = lib.posts().findBySlug("ai-chatbots-lessons").orElseThrow();
        lib.posts().save(p.toBuilder().body(p.body() + "\nOne more line.\n").build(), true);
        LocalTree.Result r = read();
        assertThat(r.written()).isEqualTo(1);
        assertThat(r.files()).isEqualTo(fullTextForm());
        assertThat(read().written()).as("remembered after the first read").isZero();
    }

    @Test
    void aRenamedCategoryRewritesExactlyItsPosts() throws Exception {
        Post p = lib.posts().findBySlug("ai-chatbots-lessons").orElseThrow();
        Category c = lib.taxonomy().category(p.categoryId()).orElseThrow();
        long inIt = lib.posts().posts(PostQuery.all()).stream()
                .filter(x -> c.id() == (x.categoryId() == null ? -1 : x.categoryId())).count();
        lib.taxonomy().updateCategory(new Category(c.id(), c.name() + " Renamed", c.slug(), c.description(),
                c.colour(), c.position(), c.parentId()));
        LocalTree.Result r = read();
        assertThat(r.written()).isEqualTo((int) inIt);
        assertThat(r.files()).isEqualTo(fullTextForm());
    }

    @Test
    void anotherTimeZoneRewritesEveryPost() throws Exception {
        lib.settings().save(lib.settings().load().withTimeZone("Asia/Tokyo"));
        LocalTree.Result r = read();
        assertThat(r.written()).isEqualTo(r.posts().size());
        assertThat(r.files()).isEqualTo(fullTextForm());
    }

    @Test
    void aRememberedBlobMissingFromTheRepositoryIsWrittenAgain() throws Exception {
        // As after the repository folder was deleted and made anew: the remembered blobs are nowhere.
        synced.sync().cacheFiles(synced.sync().cachedFiles().values().stream()
                .map(f -> new CachedFile(f.postId(), f.version(), f.categoryId(), f.context(), "posts/elsewhere.md",
                        ObjectId.zeroId().name())).toList());
        LocalTree.Result r = read();
        assertThat(r.written()).isEqualTo(r.posts().size());
        assertThat(r.files()).isEqualTo(fullTextForm());
    }
}
