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
