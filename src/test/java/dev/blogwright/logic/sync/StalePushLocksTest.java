package dev.blogwright.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePushLocksTest {
    @TempDir
    Path dir;
    Path local;
    Path remote;
    Path lock;

    @BeforeEach
    void repositories() throws Exception {
        local = Files.createDirectories(dir.resolve("local.git"));
        remote = Files.createDirectories(dir.resolve("remote.git/refs/heads"));
        lock = remote.resolve("main.lock");
        remote = dir.resolve("remote.git");
    }

    private StalePushLocks locks() {
        return StalePushLocks.forRemote(local, remote.toUri().toString()).orElseThrow();
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void aLockMadeWhileOurDeadProcessWasPushingIsRemoved() throws Exception {
        Files.writeString(local.resolve("blogwright-push"), deadPid() + "\n");
        Files.writeString(lock, "0123\n");
        Files.writeString(remote.resolve("packed-refs.lock"), "");

        locks().clear();

        assertThat(lock).doesNotExist();
        assertThat(remote.resolve("packed-refs.lock")).doesNotExist();
        assertThat(local.resolve("blogwright-push")).doesNotExist();
    }

    @Test
    void aPackKeptByAReceiveOfOurDeadPushIsReleasedButOtherKeepFilesStay() throws Exception {
        Files.writeString(local.resolve("blogwright-push"), deadPid() + "\n");
        Path packs = Files.createDirectories(remote.resolve("objects/pack"));
        Path receiving = packs.resolve("pack-39ffe6a0.keep");
        Files.writeString(receiving, StalePushLocks.RECEIVE_LOCK + " Someone <a@b> 1765100000 +0000\n");
        Path byHand = packs.resolve("pack-0a1b2c3d.keep");
        Files.writeString(byHand, "kept by hand: never garbage-collect\n");
        Path gits = packs.resolve("pack-4e5f6a7b.keep");
        Files.writeString(gits, "receive-pack 4242 on elsewhere\n");
        // Killed between taking the keep file's lock and writing it: the lock a later push of this pack trips on.
        Path keepLock = packs.resolve("pack-5c6d7e8f.keep.lock");
        Files.writeString(keepLock, "");

        locks().clear();

        assertThat(keepLock).doesNotExist();
        assertThat(receiving).doesNotExist();
        assertThat(byHand).exists();
        assertThat(gits).exists();
    }

    @Test
    void aFreshPackKeepOfAReceiveFromElsewhereStays() throws Exception {
        Path keep = Files.createDirectories(remote.resolve("objects/pack")).resolve("pack-39ffe6a0.keep");
        Files.writeString(keep, StalePushLocks.RECEIVE_LOCK + "\n");
        Path keepLock = keep.resolveSibling("pack-39ffe6a0.keep.lock");
        Files.writeString(keepLock, "");

        locks().clear();

        assertThat(keep).exists();
        assertThat(keepLock).exists();
    }

    @Test
    void aFreshLockOfAPushFromElsewhereStays() throws Exception {
        Files.writeString(lock, "0123\n");

        locks().clear();

        assertThat(lock).exists();
    }

    @Test
    void aFreshLockStaysWhileOurPushingProcessIsAlive() throws Exception {
        long living = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(local.resolve("blogwright-push"), living + "\n");
        Files.writeString(lock, "0123\n");

        locks().clear();

        assertThat(lock).exists();
        assertThat(local.resolve("blogwright-push")).exists();
    }

    @Test
    void aLockOlderThanAnyPushTakesIsRemovedWhoeverMadeIt() throws Exception {
        Files.writeString(lock, "0123\n");
        Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis()
                - StalePushLocks.ABANDONED.plus(Duration.ofMinutes(1)).toMillis()));

        locks().clear();

        assertThat(lock).doesNotExist();
    }

    @Test
    void aLockThatWasThereBeforeOurDeadPushStartedIsNotOurs() throws Exception {
        Files.writeString(lock, "0123\n");
        Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.writeString(local.resolve("blogwright-push"), deadPid() + "\n");

        locks().clear();

        assertThat(lock).exists();
    }

    @Test
    void remotesOverANetworkAreLeftToTheirServer() {
        assertThat(StalePushLocks.forRemote(local, "ssh://git@example.org/blog.git")).isEmpty();
        assertThat(StalePushLocks.forRemote(local, "https://example.org/blog.git")).isEmpty();
        assertThat(StalePushLocks.forRemote(local, "git@example.org:blog.git")).isEmpty();
        assertThat(StalePushLocks.forRemote(local, remote.toString())).isPresent();
    }
}
