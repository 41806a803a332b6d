package dev.blogwright.logic.sync;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.transport.URIish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ref locks that a killed push left in a repository on a file system ({@code file://} or a plain path, such as a
 * mounted share). A push to such a remote runs in this process and takes the remote's ref locks itself; a kill -9
 * between taking and releasing one leaves {@code refs/heads/main.lock}, and every later push fails "cannot lock".
 * Git leaves that to the user; we know more: before pushing, this computer writes which process pushes and when,
 * so a lock made while a process of ours that has since died was pushing is ours and stale. A lock older than
 * {@link #ABANDONED} is stale whoever made it: a ref lock is held for milliseconds. Any other lock belongs to a push
 * from elsewhere that is under way, and stays. The same goes for the keep file that locks a pack while it is
 * received (see {@link #receiveKeeps}).
 */
final class StalePushLocks {
    private static final Logger LOG = LoggerFactory.getLogger(StalePushLocks.class);
    static final Duration ABANDONED = Duration.ofMinutes(10);
    private static final String MARKER = "blogwright-push";
    /** How JGit's receive starts the text of the keep file that locks the pack it writes. */
    static final String RECEIVE_LOCK = "jgit receive-pack";

    private final Path marker;
    private final Path remote;

    private StalePushLocks(Path localGitDir, Path remote) {
        this.marker = localGitDir.resolve(MARKER);
        this.remote = remote;
    }

    /** Empty for remotes reached over a network: their server cleans up after a client that vanished. */
    static Optional<StalePushLocks> forRemote(Path localGitDir, String url) {
        return remoteFolder(url).map(folder -> new StalePushLocks(localGitDir, folder));
    }

    static Optional<Path> remoteFolder(String url) {
        try {
            URIish u = new URIish(url);
            if ("file".equals(u.getScheme()) || (u.getScheme() == null && u.getHost() == null)) {
                Path p = Path.of(u.getPath());
                return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
            }
        } catch (URISyntaxException | RuntimeException e) {
            LOG.debug("not a folder remote: {}", url, e);
        }
        return Optional.empty();
    }

    /** Removes the stale locks, then records that this process is about to push. */
    void beforePush() throws IOException {
        clear();
        Files.writeString(marker, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
    }

    /** A marker left behind only costs the next push a look at the remote's locks. */
    void afterPushQuietly() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.warn("cannot remove {}", marker, e);
        }
    }

    void clear() throws IOException {
        FileTime deadPushStarted = deadPushStarted();
        FileTime abandoned = FileTime.fromMillis(System.currentTimeMillis() - ABANDONED.toMillis());
        for (Path lock : locks()) {
            FileTime made = Files.getLastModifiedTime(lock);
            boolean ours = deadPushStarted != null && made.compareTo(deadPushStarted) >= 0;
            if (ours || made.compareTo(abandoned) < 0) {
                LOG.info("removing {} left by a push that was cut off", lock);
                Files.deleteIfExists(lock);
            }
        }
        if (deadPushStarted != null) {
            Files.deleteIfExists(marker);
        }
    }

    /** When the push recorded in the marker started, if the process that wrote it is gone; null otherwise. */
    private FileTime deadPushStarted() throws IOException {
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(marker, StandardCharsets.UTF_8).strip());
        } catch (NumberFormatException e) {
            pid = -1;
        }
        boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (alive && pid != ProcessHandle.current().pid()) {
            return null;
        }
        // A second earlier: file times may be kept to the second on a share.
        return FileTime.fromMillis(Files.getLastModifiedTime(marker).toMillis() - 1000);
    }

    private List<Path> locks() throws IOException {
        Path refs = remote.resolve("refs");
        Stream<Path> refLocks = Files.isDirectory(refs) ? Files.walk(refs) : Stream.empty();
        try (refLocks) {
            List<Path> found = new ArrayList<>(refLocks
                    .filter(p -> p.getFileName().toString().endsWith(".lock") && Files.isRegularFile(p)).toList());
            Path packed = remote.resolve("packed-refs.lock");
            if (Files.isRegularFile(packed)) {
                found.add(packed);
            }
            found.addAll(receiveKeeps());
            return found;
        }
    }

    /**
     * What a receive in this kind of push leaves in {@code objects/pack} when it is killed: the lock of the keep file
     * that guards the pack it writes ({@code pack-<hash>.keep.lock}), on which a later push of the same objects (a
     * pack of the same name) fails "cannot lock pack"; and the keep file itself ("jgit receive-pack …"), which would
     * keep the pack from garbage collection for ever. Keep files with any other text (git's own, or one a person
     * made) are not ours and stay.
     */
    private List<Path> receiveKeeps() throws IOException {
        Path packs = remote.resolve("objects").resolve("pack");
        if (!Files.isDirectory(packs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(packs)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".keep.lock") || name.endsWith(".keep") && writtenByReceive(p);
            }).toList();
        }
    }

    private static boolean writtenByReceive(Path keep) {
        try {
            return Files.readString(keep, StandardCharsets.UTF_8).startsWith(RECEIVE_LOCK);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
