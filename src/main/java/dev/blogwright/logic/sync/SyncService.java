package dev.blogwright.logic.sync;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.sync.text.LibraryText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
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
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final int ATTEMPTS = 3;

    private final SyncedLibrary lib;

    public SyncService(SyncedLibrary lib) {
        this.lib = lib;
    }

    /** The repository beside the library file. */
    public Path repository() {
        return GitStore.folderFor(lib.file());
    }

    public Optional<String> remote() {
        return lib.sync().value(REMOTE);
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
        try (GitStore store = GitStore.open(repository(), url)) {
            Remote remote = new Remote(store, url);
            for (int attempt = 1; ; attempt++) {
                try {
                    Optional<SyncReport> done = once(store, remote);
                    if (done.isPresent()) {
                        return done.get();
                    }
                } catch (TextImporter.ChangedMeanwhile e) {
                    if (attempt >= ATTEMPTS) {
                        throw e;
                    }
                    LOG.info("the library changed during sync; merging again", e);
                    continue;
                }
                if (attempt >= ATTEMPTS) {
                    throw new SyncException("rejected: " + url + " kept changing while syncing; sync again");
                }
                LOG.info("push to {} was rejected (someone pushed first); merging again", url);
            }
        } catch (IOException e) {
            throw new SyncException("sync failed: " + e.getMessage(), e);
        }
    }

    /** One round; empty when the push was rejected because the remote moved meanwhile. */
    private Optional<SyncReport> once(GitStore store, Remote remote) throws IOException {
        long started = System.nanoTime();
        remote.fetch();
        ObjectId theirs = store.resolve(GitStore.REMOTE_BRANCH);
        RevCommit base = store.commit(lib.sync().value(COMMIT).orElse(null));
        boolean empty = base == null && lib.posts().count(PostQuery.all()) == 0
                && lib.posts().count(PostQuery.all().withTrashed(true)) == 0;
        LibraryText localText = new TextExporter(lib).read();
        ObjectId ours = null;
        if (!(empty && theirs != null)) {
            ObjectId tree = store.writeTree(localText.files(), store.insertAssets(localText.assets()),
                    base == null ? null : base.getId());
            ours = base != null && base.getTree().getId().equals(tree) ? base.getId()
                    : store.commitTree(tree, author(), "Changes made in " + lib.file().getFileName(),
                    base == null ? new ObjectId[0] : new ObjectId[] {base.getId()});
        }
        ObjectId merged;
        int conflicts = 0;
        if (theirs == null) {
            merged = ours;
        } else if (ours == null || ours.equals(theirs) || store.isAncestor(ours, theirs)) {
            merged = theirs;
        } else if (store.isAncestor(theirs, ours)) {
            merged = ours;
        } else {
            ObjectId mergeBase = store.mergeBase(ours, theirs);
            GitStore.Snapshot b = store.read(mergeBase);
            GitStore.Snapshot o = store.read(ours);
            GitStore.Snapshot t = store.read(theirs);
            TreeMerge.Result r = TreeMerge.merge(b.files(), o.files(), t.files(),
                    store.commit(theirs).getAuthorIdent().getName());
            Map<String, ObjectId> assets = new TreeMap<>(t.assets());
            assets.putAll(o.assets());
            merged = store.commitTree(store.writeTree(r.files(), assets, ours), author(), "Merge", ours, theirs);
            conflicts = r.conflicts();
        }
        store.setBranch(merged);
        int pulled = ours == null ? count(store, null, merged) : count(store, ours, merged);
        bringIn(store, merged, ours, localText);
        int pushed = 0;
        if (theirs == null || !theirs.equals(merged)) {
            if (!remote.push()) {
                return Optional.empty();
            }
            pushed = count(store, theirs, merged);
        }
        LOG.info("synced {} at {}: pulled {}, pushed {}, conflicts {} in {} ms", lib.file(), merged.name(), pulled,
                pushed, conflicts, (System.nanoTime() - started) / 1_000_000);
        return Optional.of(new SyncReport(pulled, pushed, conflicts, merged.name()));
    }

    /** Writes the merged text form into the library, with the commit it now matches, in one transaction. */
    private void bringIn(GitStore store, ObjectId merged, ObjectId ours, LibraryText localText) throws IOException {
        if (merged.equals(ours)) {
            lib.tx().run(() -> lib.sync().setValue(COMMIT, merged.name()));
            return;
        }
        GitStore.Snapshot target = store.read(merged);
        Set<String> have = new HashSet<>(localText.assets().keySet());
        SortedMap<String, ObjectId> missing = new TreeMap<>(target.assets());
        missing.keySet().removeAll(have);
        Path incoming = Files.createTempDirectory(repository(), "incoming-");
        try {
            SortedMap<String, Path> assets = new TreeMap<>(localText.assets());
            assets.putAll(store.materialize(missing, incoming));
            new TextImporter(lib).apply(new LibraryText(target.files(), assets), localText,
                    () -> lib.sync().setValue(COMMIT, merged.name()));
        } finally {
            try (var walk = Files.walk(incoming)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
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
