package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.cli.Cli;
import dev.blogwright.logic.LibraryException;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LibraryLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenInTheSameProcessIsRefused() {
        Path file = dir.resolve("library.db");
        try (BlogLibrary first = BlogLibrary.open(file, OpenMode.CREATE)) {
            assertThatThrownBy(() -> BlogLibrary.open(file, OpenMode.WRITE))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("already open");
            try (BlogLibrary reader = BlogLibrary.open(file, OpenMode.READ_ONLY)) {
                assertThat(reader.stats().posts()).isZero();
            }
        }
        BlogLibrary.open(file, OpenMode.WRITE).close();
    }

    @Test
    @Timeout(60)
    void anotherProcessHoldingTheLibraryIsNamedByItsPid() throws Exception {
        Path file = dir.resolve("library.db");
        BlogLibrary.open(file, OpenMode.CREATE).close();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolderMain.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("OPEN "));
            assertThat(line).as("child opened the library").isNotNull();
            assertThatThrownBy(() -> BlogLibrary.open(file, OpenMode.WRITE))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("in use by process " + child.pid());
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        // The OS releases the lock of a killed process: the library opens again.
        BlogLibrary.open(file, OpenMode.WRITE).close();
    }

    private static Path lockOf(Path library) {
        return library.resolveSibling(library.getFileName() + ".lock");
    }

    @Test
    void aCleanCloseLeavesNoLockFile() {
        Path file = dir.resolve("library.db");
        BlogLibrary library = BlogLibrary.open(file, OpenMode.CREATE);
        assertThat(lockOf(file)).exists();
        library.close();
        assertThat(lockOf(file)).doesNotExist();
    }

    @Test
    void initOnTheCommandLineLeavesNoLockFile() {
        Path file = dir.resolve("cli.db");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out), new PrintStream(out))
                .run(new String[] {"init", "--library", file.toString()});
        assertThat(code).as(out.toString()).isZero();
        assertThat(file).exists();
        assertThat(lockOf(file)).doesNotExist();
    }

    @Test
    @Timeout(60)
    void aLockFileLeftByADeadProcessDoesNotBlock() throws Exception {
        Path file = dir.resolve("library.db");
        BlogLibrary.open(file, OpenMode.CREATE).close();
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor(30, TimeUnit.SECONDS);
        Files.writeString(lockOf(file), Long.toString(gone.pid()));
        try (BlogLibrary library = BlogLibrary.open(file, OpenMode.WRITE)) {
            assertThat(Files.readString(lockOf(file)))
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
        assertThat(lockOf(file)).doesNotExist();
    }

    @Test
    void aLockWhoseFileWasDeletedUnderItIsSeenAsLost() throws Exception {
        Path file = dir.resolve("library.db");
        try (BlogLibrary library = BlogLibrary.open(file, OpenMode.CREATE)) {
            assertThat(LibraryLock.lockedFileWasDeleted(lockOf(file).toAbsolutePath())).isFalse();
            Files.delete(lockOf(file));
            Files.writeString(lockOf(file), "someone else");
            Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
            assertThat(LibraryLock.lockedFileWasDeleted(lockOf(file).toAbsolutePath())).isTrue();
        }
    }
}
