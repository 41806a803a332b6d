package dev.blogwright.logic.sync;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.model.PostKind;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs a library with a Git remote: commits what changed here since the last sync (the library's text form
 * against the commit it last matched), fetches, merges three-way, writes the result into the library in one
 * transaction together with the commit it now matches, and pushes. A sync interrupted anywhere is completed by the
 * next: the library is only ever at a commit it recorded plus its own edits, and the repository only moves refs.
 */
public final class SyncService {
    public static final String REMOTE = "remote";
    public static final String COMMIT = "commit";
    /** The library's change marker when it was exactly {@link #COMMIT} (empty: not known to be). */
    public static final String CHANGES = "changes";
    /** With {@link #CHANGES}: where the post versions and the marker of everything else stood ({@link PostChanges}). */
    static final String POST_MARKS = "changes.posts";
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final int ATTEMPTS = 3;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final SyncedLibrary lib;
    private final Path sshDir;
    private Runnable beforeImport = () -> { };

    /** Syncs with SSH keys and known hosts from {@code ~/.ssh}. */
    public SyncService(SyncedLibrary lib) {
        this(lib, Path.of(System.getProperty("user.home"), ".ssh"));
    }

    /** Syncs with SSH keys ({@code id_ed25519}, {@code id_rsa} …) and {@code known_hosts} from {@code sshDir}. */
    public SyncService(SyncedLibrary lib, Path sshDir) {
        this.lib = lib;
        this.sshDir = sshDir;
    }

    /**
     * Work to run in each round after the library was read and merged and before the merge is written into it: the
     * moment an edit made while a sync runs in the background is hardest on it (tests make one there).
     */
    public SyncService beforeImport(Runnable hook) {
        this.beforeImport = hook;
        return this;
    }

    /** The repository beside the library file. */
    public Path repository() {
        return GitStore.folderFor(lib.file());
    }

    /** Whether this library's drafts go to the repository ({@code sync.share-drafts}, yes unless set to no). */
    public boolean sharesDrafts() {
        return DraftSharing.sharesDrafts(lib.sync());
    }

    public void shareDrafts(boolean share) {
        lib.tx().run(() -> DraftSharing.setSharesDrafts(lib.sync(), share));
    }

    public Optional<String> remote() {
        return lib.sync().value(REMOTE);
    }

    /** Whether this library has completed a sync (it matches a commit of its repository). */
    public boolean hasSynced() {
        return lib.sync().value(COMMIT).isPresent();
    }

    /** Attaches the library to {@code url} and syncs: an empty remote gets the library, an empty library takes it. */
    public SyncReport init(String url) {
        if (url == null || url.isBlank()) {
            throw new SyncException("Give the repository's URL (file://, ssh:// or https://).");
        }
        lib.sync().setValue(REMOTE, url.strip());
        return sync();
    }

    public SyncReport sync() {
        String url = remote().orElseThrow(() -> new SyncException(
                "This library is not attached to a repository yet; run: blogwright sync init URL"));
        Preload.start();
        try (GitStore store = GitStore.open(repository(), url); Remote remote = new Remote(store, url, sshDir)) {
            if (store.created()) {
                lib.sync().clearCache();
            }
            boolean read = false;
            for (int attempt = 1; ; attempt++) {
                try {
                    Optional<SyncReport> done = once(store, remote, read);
                    if (done.isPresent()) {
                        return done.get();
                    }
                } catch (TextImporter.ChangedMeanwhile e) {
                    if (attempt >= ATTEMPTS) {
                        throw e;
                    }
                    LOG.info("the library changed during sync; merging again", e);
                    // What it is now is read, not taken from the marker: progress even where the commit the library
                    // recorded does not read back as the library writes it.
                    read = true;
                    continue;
                }
                if (attempt >= ATTEMPTS) {
                    throw new SyncException("rejected: " + url + " kept changing while syncing; sync again");
                }
                LOG.info("push to {} was rejected (someone pushed first); merging again", url);
            }
        } catch (IOException e) {
            throw new SyncException("sync failed: " + e.getMessage(), e);
        } catch (SyncException e) {
            if (e.getMessage().startsWith(Remote.NOT_FOUND) && hasSynced()) {
                // It was there at the last sync: a share not mounted or a drive not plugged in, not a wrong address.
                throw new SyncException("offline: cannot reach " + url + " (no repository there now; is its drive or share attached?)", e);
            }
            throw e;
        }
    }

    /**
     * One round; empty when the push was rejected because the remote moved meanwhile. {@code read}: read the library
     * even if its change marker says it is still the commit it recorded.
     */
    private Optional<SyncReport> once(GitStore store, Remote remote, boolean read) throws IOException {
        long started = System.nanoTime();
        // CPU time too: on a loaded machine the wall time says more about the neighbours than about the sync.
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        remote.fetch();
        long fetched = System.nanoTime();
        ObjectId theirs = store.resolve(GitStore.REMOTE_BRANCH);
        Start start = start();
        RevCommit base = store.commit(start.commit());
        boolean empty = base == null && lib.posts().count(PostQuery.all()) == 0
                && lib.posts().count(PostQuery.all().withTrashed(true)) == 0;
        LocalTree.Result local = null;
        ObjectId ours = null;
        int written = 0;
        String path = "";
        if (base != null && start.unchanged() && !read) {
            // No edit since the library was exactly this commit: nothing to read, write or hash.
            ours = base.getId();
        } else if (!(empty && theirs != null)) {
            // Only posts changed since the library was exactly this commit: only they are read and written.
            Optional<PostChanges.Edits> fast = base == null || read || start.since().isEmpty() ? Optional.empty()
                    : PostChanges.read(lib, store, base, start.since().get());
            ObjectId tree;
            if (fast.isPresent()) {
                tree = store.editTree(base, fast.get().edits());
                written = fast.get().posts().size();
                path = " (changed posts only)";
            } else {
                Map<String, ObjectId> baseEntries = store.entries(base == null ? null : base.getId());
                local = LocalTree.read(lib, store, baseEntries);
                tree = store.editTree(base == null ? null : base.getId(), baseEntries, local.files());
                written = local.written();
            }
            ours = base != null && base.getTree().getId().equals(tree) ? base.getId()
                    : store.commitTree(tree, author(), "Changes made in " + lib.file().getFileName(),
                    base == null ? new ObjectId[0] : new ObjectId[] {base.getId()});
        }
        long committed = System.nanoTime();
        ObjectId merged;
        int conflicts = 0;
        if (theirs == null) {
            merged = ours;
        } else if (ours == null || ours.equals(theirs) || store.isAncestor(ours, theirs)) {
            merged = theirs;
        } else if (store.isAncestor(theirs, ours)) {
            merged = ours;
        } else {
            ThreeWayTree.Result r = ThreeWayTree.merge(store, ours, theirs,
                    store.commit(theirs).getAuthorIdent().getName(), weights());
            merged = store.commitTree(r.tree(), author(), "Merge", ours, theirs);
            conflicts = r.conflicts();
        }
        store.setBranch(merged);
        // What the merge changed here: counted, then imported (one diff for both).
        SortedMap<String, GitStore.Change> changed = ours == null ? new TreeMap<>() : store.changes(ours, merged);
        int pulled = ours == null ? count(store, null, merged) : changed.size();
        long mergedAt = System.nanoTime();
        beforeImport.run();
        bringIn(store, merged, ours, changed, local, start.marker());
        long imported = System.nanoTime();
        int pushed = 0;
        if (theirs == null || !theirs.equals(merged)) {
            if (!remote.push()) {
                return Optional.empty();
            }
            pushed = count(store, theirs, merged);
        }
        long done = System.nanoTime();
        LOG.info("synced {} at {}: pulled {}, pushed {}, conflicts {} in {} ms, {} ms CPU of this thread (fetch {},"
                        + " commit {} with {} posts written{}, merge {}, import {}, push {})", lib.file(), merged.name(),
                pulled, pushed, conflicts, ms(started, done), ms(cpuStarted, CPU.getCurrentThreadCpuTime()),
                ms(started, fetched), ms(fetched, committed), written, path, ms(committed, mergedAt), ms(mergedAt, imported),
                ms(imported, done));
        return Optional.of(new SyncReport(pulled, pushed, conflicts, merged.name()));
    }

    /**
     * Where the library stands at the start of a round: the commit it last matched, its change marker now, and whether
     * that is the marker it had when it matched the commit (so it is still exactly that commit). Drafts withheld
     * from the repository make the library differ from its commit, so then it is never taken as unchanged.
     * {@code since}: where the post versions stood when it was exactly the commit, if it was known to be.
     */
    private record Start(String commit, long marker, boolean unchanged, Optional<PostChanges.Marks> since) {
    }

    private Start start() {
        return lib.tx().inTransaction(() -> {
            long marker = lib.sync().changeCount();
            String recorded = lib.sync().value(CHANGES).orElse("");
            boolean unchanged = sharesDrafts() && recorded.equals(Long.toString(marker));
            Optional<PostChanges.Marks> since = recorded.isEmpty() || !sharesDrafts() ? Optional.empty()
                    : lib.sync().value(POST_MARKS).flatMap(PostChanges.Marks::parse);
            return new Start(lib.sync().value(COMMIT).orElse(null), marker, unchanged, since);
        });
    }

    /**
     * Runs {@code importing} in one transaction with the record of the commit the library now matches. The library is
     * that commit exactly only if nothing but the import changed it since the round started ({@code marker}) and it
     * writes every file the import brought in ({@code pulled}) as that very file: then its marker after the import is
     * recorded with it, else none (the next sync reads the library, and finds the edit made meanwhile).
     * {@code checked}: false for the whole-library import, which may change more than the files it brought in.
     */
    private void recording(ObjectId merged, long marker, Map<String, ObjectId> pulled, boolean checked,
                           DraftSharing.Withheld withheld, Consumer<Runnable> importing) {
        lib.tx().run(() -> {
            boolean untouched = lib.sync().changeCount() == marker;
            importing.accept(() -> {
                boolean exact = PulledFiles.remember(lib, pulled, withheld) && checked;
                lib.sync().setValue(COMMIT, merged.name());
                boolean known = untouched && exact && sharesDrafts();
                lib.sync().setValue(CHANGES, known ? Long.toString(lib.sync().changeCount()) : "");
                // Recorded with the marker, in this transaction: never "synced up to" an edit the commit lacks.
                lib.sync().setValue(POST_MARKS, known ? lib.sync().postMarks().value() : "");
            });
        });
    }

    /** Each post's manual position by the path of its file, from the library (it is what ours says). */
    private Map<String, Double> weights() {
        Map<String, Double> out = new HashMap<>();
        for (PostQuery q : List.of(PostQuery.all(), PostQuery.all().withTrashed(true))) {
            for (PostKind kind : PostKind.values()) {
                String folder = kind == PostKind.PAGE ? LibraryText.PAGES : LibraryText.POSTS;
                lib.posts().list(q.withKind(kind)).forEach(p -> out.put(folder + p.slug() + ".md", p.position()));
            }
        }
        return out;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Writes the merged text form into the library, with the commit it now matches, in one transaction: only the
     * files that differ from what the library was committed as ({@code ours}), or all of them for a library that
     * had nothing to commit.
     */
    private void bringIn(GitStore store, ObjectId merged, ObjectId ours, SortedMap<String, GitStore.Change> changed,
                         LocalTree.Result local, long marker) throws IOException {
        DraftSharing.Withheld withheld = local == null ? DraftSharing.Withheld.NONE : local.withheld();
        if (merged.equals(ours)) {
            recording(merged, marker, Map.of(), true, withheld, Runnable::run);
            return;
        }
        SortedMap<String, Path> have = local == null ? LocalTree.assetFiles(lib) : local.assetFiles();
        Path incoming = Files.createTempDirectory(repository(), "incoming-");
        try {
            SortedMap<String, byte[]> after = new TreeMap<>();
            Map<String, byte[]> before = new HashMap<>();
            Map<String, ObjectId> pulled = new HashMap<>();
            SortedMap<String, ObjectId> missing = new TreeMap<>();
            for (Map.Entry<String, GitStore.Change> e : changed.entrySet()) {
                String path = e.getKey();
                ObjectId is = e.getValue().is();
                pulled.put(path, is);
                if (path.startsWith(LibraryText.ASSETS)) {
                    String name = path.substring(LibraryText.ASSETS.length());
                    if (is != null && LibraryText.isAssetName(name) && !have.containsKey(name)) {
                        missing.put(name, is);
                    }
                    continue;
                }
                after.put(path, is == null ? null : store.bytes(is));
                // What the library was committed as there: ours's tree is what it was read as.
                if (e.getValue().was() != null) {
                    before.put(path, store.bytes(e.getValue().was()));
                }
            }
            if (ours != null && ChangeImporter.handles(after, before)) {
                SortedMap<String, Path> assets = new TreeMap<>(have);
                assets.putAll(store.materialize(missing, incoming));
                recording(merged, marker, pulled, true, withheld,
                        record -> new ChangeImporter(lib).apply(after, before, assets, withheld, record));
                return;
            }
            GitStore.Snapshot target = store.read(merged);
            SortedMap<String, ObjectId> absent = new TreeMap<>(target.assets());
            absent.keySet().removeAll(have.keySet());
            SortedMap<String, Path> assets = new TreeMap<>(have);
            assets.putAll(store.materialize(absent, incoming));
            // What the library was committed as: the check that nothing it overwrites changed meanwhile.
            LibraryText expected = ours == null ? new TextExporter(lib).read()
                    : new LibraryText(store.read(ours).files(), new TreeMap<>());
            Map<String, ObjectId> all = new HashMap<>(pulled);
            if (ours == null) {
                store.entries(merged).forEach(all::put);
            }
            // Its posts are still remembered as the files they came from, for the next sync's read.
            recording(merged, marker, all, false, withheld, record -> new TextImporter(lib)
                    .apply(new LibraryText(target.files(), assets), expected, withheld, record));
        } finally {
            try (var walk = Files.walk(incoming)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static int count(GitStore store, ObjectId from, ObjectId to) throws IOException {
        return store.changedPaths(from, to);
    }

    private PersonIdent author() {
        String name = lib.settings().load().authorName();
        return new PersonIdent(name.isBlank() ? "Blogwright" : name, "");
    }
}
