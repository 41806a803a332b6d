package dev.blogwright.logic.publish.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bare cache of one target's branch: fetches only that branch (remembered under {@code refs/remotes/origin/…} so
 * the next fetch sends only what is new) and pushes a commit with the tip it was built on as the expected old value.
 */
final class GitCache {
    private static final Logger LOG = LoggerFactory.getLogger(GitCache.class);

    private GitCache() {
    }

    static Repository openOrCreate(Path cache) throws IOException {
        Repository repository = new FileRepositoryBuilder().setGitDir(cache.toFile()).setBare().build();
        if (!Files.isRegularFile(cache.resolve("HEAD"))) {
            Files.createDirectories(cache.getParent());
            repository.create(true);
        }
        return repository;
    }

    /**
     * Packs the cache once loose objects pile up (Git's own {@code gc --auto} threshold): every deploy adds the changed
     * files as loose objects, and a cut-off one leaves its uploads behind. A failure here costs only disk space.
     */
    static void tidy(Repository repository) {
        try {
            // In this thread: a detached gc would still be packing when the deploy closes the repository.
            repository.getConfig().setBoolean(ConfigConstants.CONFIG_GC_SECTION, null,
                    ConfigConstants.CONFIG_KEY_AUTODETACH, false);
            repository.autoGC(NullProgressMonitor.INSTANCE);
        } catch (RuntimeException e) {
            LOG.warn("Could not pack the deploy cache {}", repository.getDirectory(), e);
        }
    }

    private static String tracking(String branch) {
        return Constants.R_REMOTES + "origin/" + branch;
    }

    /** The branch's tip on the remote with its objects fetched, or null when the remote has no such branch. */
    static ObjectId fetch(Repository repository, GitTransports transports, String branch) throws IOException {
        ObjectId tip;
        try (Transport transport = transports.open(repository);
                FetchConnection connection = transport.openFetch()) {
            Ref ref = connection.getRef(Constants.R_HEADS + branch);
            tip = ref == null ? null : ref.getObjectId();
            if (tip != null && !repository.getObjectDatabase().has(tip)) {
                connection.fetch(NullProgressMonitor.INSTANCE, List.of(ref), Set.of());
            }
        } catch (IOException | RuntimeException e) {
            throw transports.failure(e);
        }
        RefUpdate update = repository.updateRef(tracking(branch));
        if (tip == null) {
            if (repository.exactRef(tracking(branch)) != null) {
                update.setForceUpdate(true);
                update.delete();
            }
        } else {
            update.setNewObjectId(tip);
            update.setForceUpdate(true);
            update.update();
        }
        return tip;
    }

    /**
     * Pushes {@code commit} to the branch if the remote's tip is still {@code expectedTip} (null: the branch must not
     * exist yet).
     */
    static void push(Repository repository, GitTransports transports, String branch, ObjectId commit,
            ObjectId expectedTip) throws IOException {
        RemoteRefUpdate update;
        try (Transport transport = transports.open(repository)) {
            update = new RemoteRefUpdate(repository, (String) null, commit, Constants.R_HEADS + branch, false, null,
                    expectedTip == null ? ObjectId.zeroId() : expectedTip);
            transport.push(NullProgressMonitor.INSTANCE, List.of(update));
        } catch (IOException | RuntimeException e) {
            throw transports.failure(e);
        }
        switch (update.getStatus()) {
            case OK, UP_TO_DATE -> {
                RefUpdate tracking = repository.updateRef(tracking(branch));
                tracking.setNewObjectId(commit);
                tracking.setForceUpdate(true);
                tracking.update();
            }
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED ->
                    throw GitRemoteSite.rejected(branch, "someone pushed to it meanwhile");
            default -> throw GitRemoteSite.rejected(branch, update.getMessage() == null
                    ? update.getStatus().toString().toLowerCase(Locale.ROOT).replace('_', ' ')
                    : update.getMessage());
        }
    }

}
