package dev.blogwright.logic.publish.git;

import dev.blogwright.logic.publish.Digest;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.UploadHints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A branch's files. The branch is fetched into a bare cache (no work tree, no other branch); uploads and deletes edit
 * an index in memory, and {@link #finish} writes one commit on top of the fetched tip and pushes it only if the tree
 * changed. The push expects the tip it started from, so a branch someone pushed to meanwhile is refused, not
 * overwritten. Nothing reaches the remote before {@code finish}.
 */
final class GitRemoteSite implements RemoteSite {
    private static final Logger LOG = LoggerFactory.getLogger(GitRemoteSite.class);
    static final PersonIdent BLOGWRIGHT = new PersonIdent("Blogwright", "blogwright@localhost");

    private final Repository repository;
    private final GitTransports transports;
    private final String branch;
    private final ObjectInserter inserter;
    private final ObjectReader reader;
    private final DirCache index = DirCache.newInCore();
    /** Uploads (blob id) and deletes (null) not yet applied to the index, applied in one pass when needed. */
    private final Map<String, DirCacheEntry> pending = new LinkedHashMap<>();
    private ObjectId tip;
    private ObjectId tipTree;

    private GitRemoteSite(Repository repository, GitTransports transports, String branch, ObjectId tip)
            throws IOException {
        this.repository = repository;
        this.transports = transports;
        this.branch = branch;
        this.inserter = repository.newObjectInserter();
        this.reader = repository.newObjectReader();
        this.tip = tip;
        DirCacheBuilder builder = index.builder();
        if (tip != null) {
            try (RevWalk walk = new RevWalk(reader)) {
                tipTree = walk.parseCommit(tip).getTree().getId();
            }
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, tipTree);
        }
        builder.finish();
    }

    /** Fetches the branch into the cache (made on first use); a branch the remote lacks starts as an orphan. */
    static GitRemoteSite open(Path cache, GitTransports transports, String branch) throws IOException {
        Repository repository = GitCache.openOrCreate(cache);
        try {
            ObjectId tip = GitCache.fetch(repository, transports, branch);
            LOG.info("Git target {} at {}", branch, tip == null ? "(new orphan branch)" : tip.name());
            return new GitRemoteSite(repository, transports, branch, tip);
        } catch (IOException | RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    @Override
    public Digest digest() {
        return Digest.GIT_BLOB_SHA1;
    }

    @Override
    public List<RemoteFile> list() throws IOException {
        applyPending();
        List<RemoteFile> files = new ArrayList<>(index.getEntryCount());
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry e = index.getEntry(i);
            long size = e.getLength() > 0 ? e.getLength() : reader.getObjectSize(e.getObjectId(), Constants.OBJ_BLOB);
            files.add(new RemoteFile(e.getPathString(), size, e.getObjectId().name()));
        }
        return files;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        applyPending();
        DirCacheEntry e = index.getEntry(path);
        return e == null ? Optional.empty()
                : Optional.of(reader.open(e.getObjectId(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE));
    }

    @Override
    public void upload(String path, Path source, UploadHints hints) throws IOException {
        long size = Files.size(source);
        ObjectId blob;
        try (InputStream in = Files.newInputStream(source)) {
            blob = inserter.insert(Constants.OBJ_BLOB, size, in);
        }
        DirCacheEntry entry = new DirCacheEntry(path);
        entry.setFileMode(FileMode.REGULAR_FILE);
        entry.setObjectId(blob);
        entry.setLength(size);
        pending.remove(path);
        pending.put(path, entry);
    }

    @Override
    public void delete(String path) {
        pending.remove(path);
        pending.put(path, null);
    }

    private void applyPending() {
        if (pending.isEmpty()) {
            return;
        }
        DirCacheEditor editor = index.editor();
        pending.forEach((path, entry) -> editor.add(entry == null ? new DirCacheEditor.DeletePath(path)
                : new DirCacheEditor.PathEdit(entry) {
                    @Override
                    public void apply(DirCacheEntry ent) {
                        ent.copyMetaData(entry);
                        ent.setObjectId(entry.getObjectId());
                    }
                }));
        editor.finish();
        pending.clear();
    }

    /** One commit with {@code summary} as its message, pushed; nothing at all when the tree did not change. */
    @Override
    public void finish(String summary) throws IOException {
        applyPending();
        ObjectId tree = index.writeTree(inserter);
        if (tree.equals(tipTree) || tip == null && index.getEntryCount() == 0) {
            LOG.info("Git target {}: nothing changed, no commit", branch);
            return;
        }
        PersonIdent who = author();
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (tip != null) {
            commit.setParentId(tip);
        }
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage(summary.endsWith("\n") ? summary : summary + "\n");
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        GitCache.push(repository, transports, branch, id, tip);
        tip = id;
        tipTree = tree;
        GitCache.tidy(repository);
    }

    /** The user's Git identity when they set one (user.name and user.email), else Blogwright's. */
    private PersonIdent author() {
        UserConfig user = repository.getConfig().get(UserConfig.KEY);
        if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
            return new PersonIdent(BLOGWRIGHT, Instant.now(), ZoneId.systemDefault());
        }
        return new PersonIdent(user.getAuthorName(), user.getAuthorEmail());
    }

    @Override
    public void close() {
        inserter.close();
        reader.close();
        repository.close();
        transports.close();
    }

    static PublishException rejected(String branch, String why) {
        return new PublishException(Problem.REJECTED, "The push to " + branch + " was refused (" + why
                + "); deploy again to build on what is there now", null);
    }
}
