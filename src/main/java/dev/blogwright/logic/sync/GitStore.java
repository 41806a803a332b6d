package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.LibraryText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The library's own Git repository, bare, beside the library file ({@code <library>.sync}). Commits are built
 * from the text form in memory and only refs move (each by an atomic rename), so a sync killed at any point leaves
 * a repository git fsck accepts; there is no work tree to leave half written. {@code export --format markdown}
 * gives the files to look at.
 */
final class GitStore implements AutoCloseable {
    static final String BRANCH = "refs/heads/main";
    static final String REMOTE_BRANCH = "refs/remotes/origin/main";

    private static final int LOOSE_AT_MOST = 256;

    private final Git git;
    private final Repository repo;
    private final boolean created;

    private GitStore(Git git, boolean created) {
        this.git = git;
        this.repo = git.getRepository();
        this.created = created;
    }

    static Path folderFor(Path libraryFile) {
        return libraryFile.resolveSibling(libraryFile.getFileName() + ".sync");
    }

    /** Opens (or creates) the repository and points origin at {@code url}. */
    static GitStore open(Path folder, String url) throws IOException {
        try {
            Git git;
            boolean created = !Files.isRegularFile(folder.resolve("HEAD"));
            if (!created) {
                clearStaleLocks(folder);
                git = Git.open(folder.toFile());
            } else {
                git = Git.init().setBare(true).setInitialBranch("main").setDirectory(folder.toFile()).call();
            }
            StoredConfig config = git.getRepository().getConfig();
            if (!url.equals(config.getString("remote", "origin", "url"))) {
                config.setString("remote", "origin", "url", url);
                config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
                config.save();
            }
            return new GitStore(git, created);
        } catch (GitAPIException e) {
            throw new IOException("cannot create the sync repository in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Lock files left by a sync that was killed. Only one sync runs per library (it holds the library's lock), so
     * any lock file here is stale.
     */
    private static void clearStaleLocks(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().endsWith(".lock")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** True when {@link #open} made the repository: no blob a library remembers is in it. */
    boolean created() {
        return created;
    }

    Git git() {
        return git;
    }

    ObjectId resolve(String ref) throws IOException {
        return repo.resolve(ref);
    }

    /** The commit with this id, or null when the repository does not have it. */
    RevCommit commit(String id) throws IOException {
        if (id == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(ObjectId.fromString(id));
        } catch (MissingObjectException | IllegalArgumentException e) {
            return null;
        }
    }

    RevCommit commit(ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        }
    }

    /** Path → blob id of every file of a commit (empty for null), without reading the blobs. */
    Map<String, ObjectId> entries(ObjectId commit) throws IOException {
        Map<String, ObjectId> out = new HashMap<>();
        if (commit == null) {
            return out;
        }
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(walk.parseCommit(commit).getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                out.put(tw.getPathString(), tw.getObjectId(0));
            }
        }
        return out;
    }

    /**
     * The tree of {@code base}'s commit with only the entries that differ from {@code wanted} edited: a one-post
     * change rewrites one blob's entry and the trees above it, whatever the size of the library.
     */
    ObjectId editTree(ObjectId base, Map<String, ObjectId> baseEntries, Map<String, ObjectId> wanted)
            throws IOException {
        List<DirCacheEditor.PathEdit> edits = new ArrayList<>();
        for (String path : baseEntries.keySet()) {
            if (!wanted.containsKey(path)) {
                edits.add(new DirCacheEditor.DeletePath(path));
            }
        }
        for (Map.Entry<String, ObjectId> e : wanted.entrySet()) {
            if (!e.getValue().equals(baseEntries.get(e.getKey()))) {
                ObjectId blob = e.getValue();
                edits.add(new DirCacheEditor.PathEdit(e.getKey()) {
                    @Override
                    public void apply(DirCacheEntry ent) {
                        ent.setFileMode(FileMode.REGULAR_FILE);
                        ent.setObjectId(blob);
                    }
                });
            }
        }
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader();
             ObjectInserter inserter = repo.newObjectInserter()) {
            if (base != null && edits.isEmpty()) {
                return walk.parseCommit(base).getTree().getId();
            }
            DirCache index = base == null ? DirCache.newInCore() : DirCache.read(reader, walk.parseCommit(base).getTree());
            DirCacheEditor editor = index.editor();
            edits.forEach(editor::add);
            editor.finish();
            ObjectId tree = index.writeTree(inserter);
            inserter.flush();
            return tree;
        }
    }

    /** The blob at {@code path} in a commit's tree, or null where it has none; reads only the trees on the way. */
    ObjectId entry(RevCommit commit, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, commit.getTree())) {
            return tw == null ? null : tw.getObjectId(0);
        }
    }

    /**
     * {@code base}'s tree with these files set to these blobs, or deleted where the blob is null: only the trees on
     * their paths are read and written again ({@link TreeEdits}).
     */
    ObjectId editTree(RevCommit base, SortedMap<String, ObjectId> edits) throws IOException {
        if (edits.isEmpty()) {
            return base.getTree().getId();
        }
        try (ObjectReader reader = repo.newObjectReader(); ObjectInserter inserter = repo.newObjectInserter()) {
            ObjectId tree = TreeEdits.root(reader, inserter, base.getTree().getId(), edits);
            inserter.flush();
            return tree;
        }
    }

    /**
     * Stores blobs; use one per batch and flush it before anything names the blobs. A batch of more than a few
     * hundred objects (a first sync) goes into one pack file rather than a loose file each: ten thousand loose
     * objects make every later fetch start JGit's automatic gc, which repacks them all with delta search on the
     * sync's cores (seen in a profile of a one-post sync of 10,000 posts: 60% of the samples).
     */
    ObjectInserter inserter(int objects) {
        if (objects > LOOSE_AT_MOST && repo.getObjectDatabase() instanceof ObjectDirectory directory) {
            return directory.newPackInserter();
        }
        return repo.newObjectInserter();
    }

    boolean has(ObjectId id) throws IOException {
        return repo.getObjectDatabase().has(id);
    }

    byte[] bytes(ObjectId blob) throws IOException {
        try (ObjectReader reader = repo.newObjectReader()) {
            return reader.open(blob, Constants.OBJ_BLOB).getBytes();
        }
    }

    /**
     * The files that differ between two commits: path → blob id in {@code to}, or null where {@code to} has no
     * such file. Subtrees with one id on both sides are skipped unread.
     */
    SortedMap<String, ObjectId> diff(ObjectId from, ObjectId to) throws IOException {
        SortedMap<String, ObjectId> out = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(walk.parseCommit(from).getTree());
            tw.addTree(walk.parseCommit(to).getTree());
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                out.put(tw.getPathString(), tw.getFileMode(1) == FileMode.MISSING ? null : tw.getObjectId(1));
            }
        }
        return out;
    }

    /** A file that differs between two commits: its blob in each (null where that commit has no such file). */
    record Change(ObjectId was, ObjectId is) {
    }

    /** As {@link #diff}, with each file's blob in {@code from} too (what the library was committed as there). */
    SortedMap<String, Change> changes(ObjectId from, ObjectId to) throws IOException {
        SortedMap<String, Change> out = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(walk.parseCommit(from).getTree());
            tw.addTree(walk.parseCommit(to).getTree());
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                out.put(tw.getPathString(), new Change(tw.getFileMode(0) == FileMode.MISSING ? null : tw.getObjectId(0),
                        tw.getFileMode(1) == FileMode.MISSING ? null : tw.getObjectId(1)));
            }
        }
        return out;
    }

    ObjectId commitTree(ObjectId tree, PersonIdent author, String message, ObjectId... parents) throws IOException {
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(tree);
        c.setAuthor(author);
        c.setCommitter(author);
        c.setMessage(message);
        c.setParentIds(parents);
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            ObjectId id = inserter.insert(c);
            inserter.flush();
            return id;
        }
    }

    /** Moves the local branch; an atomic rename of its lock file, forced (the library decides what main is). */
    void setBranch(ObjectId commit) throws IOException {
        RefUpdate u = repo.updateRef(BRANCH);
        u.setNewObjectId(commit);
        u.setForceUpdate(true);
        RefUpdate.Result r = u.update();
        if (r != RefUpdate.Result.NEW && r != RefUpdate.Result.FORCED && r != RefUpdate.Result.FAST_FORWARD
                && r != RefUpdate.Result.NO_CHANGE) {
            throw new IOException("cannot move the sync branch: " + r);
        }
    }

    /** Text files and image blob ids of a commit's tree. */
    record Snapshot(SortedMap<String, byte[]> files, SortedMap<String, ObjectId> assets) {
    }

    Snapshot read(ObjectId commit) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        SortedMap<String, ObjectId> assets = new TreeMap<>();
        if (commit == null) {
            return new Snapshot(files, assets);
        }
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            tw.addTree(walk.parseCommit(commit).getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                String path = tw.getPathString();
                if (path.startsWith(LibraryText.ASSETS)) {
                    String name = path.substring(LibraryText.ASSETS.length());
                    if (LibraryText.isAssetName(name)) {
                        assets.put(name, tw.getObjectId(0));
                    }
                } else {
                    files.put(path, reader.open(tw.getObjectId(0)).getBytes());
                }
            }
        }
        return new Snapshot(files, assets);
    }

    /** Writes image blobs into {@code folder}, for the library to add; returns name → file. */
    SortedMap<String, Path> materialize(Map<String, ObjectId> assets, Path folder) throws IOException {
        SortedMap<String, Path> out = new TreeMap<>();
        Files.createDirectories(folder);
        try (ObjectReader reader = repo.newObjectReader()) {
            for (Map.Entry<String, ObjectId> e : assets.entrySet()) {
                Path file = folder.resolve(e.getKey());
                try (InputStream in = reader.open(e.getValue()).openStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                out.put(e.getKey(), file);
            }
        }
        return out;
    }

    /** How many files differ between two commits' trees (every file of {@code to} when {@code from} is null). */
    int changedPaths(ObjectId from, ObjectId to) throws IOException {
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            if (from == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(walk.parseCommit(from).getTree());
            }
            tw.addTree(walk.parseCommit(to).getTree());
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            int n = 0;
            while (tw.next()) {
                n++;
            }
            return n;
        }
    }

    boolean isAncestor(ObjectId ancestor, ObjectId of) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(of));
        }
    }

    /** The newest common ancestor of two commits, or null (unrelated histories). */
    ObjectId mergeBase(ObjectId a, ObjectId b) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            RevCommit base = walk.next();
            return base == null ? null : base.getId();
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
