package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.LibraryException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LibraryLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenInTheSameProcessIsRefused() {
        Path file = dir.resolve("library.db");
        try (BlogLibrary first = BlogLibrary.open(file, Database.Mode.CREATE)) {
            assertThatThrownBy(() -> BlogLibrary.open(file, Database.Mode.WRITE))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("already open");
            try (BlogLibrary reader = BlogLibrary.open(file, Database.Mode.READ_ONLY)) {
                assertThat(reader.stats().posts()).isZero();
            }
        }
        BlogLibrary.open(file, Database.Mode.WRITE).close();
    }

    @Test
    @Timeout(60)
    void anotherProcessHoldingTheLibraryIsNamedByItsPid() throws Exception {
        Path file = dir.resolve("library.db");
        BlogLibrary.open(file, Database.Mode.CREATE).close();
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
            assertThatThrownBy(() -> BlogLibrary.open(file, Database.Mode.WRITE))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("in use by process " + child.pid());
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        // The OS releases the lock of a killed process: the library opens again.
        BlogLibrary.open(file, Database.Mode.WRITE).close();
    }
}
