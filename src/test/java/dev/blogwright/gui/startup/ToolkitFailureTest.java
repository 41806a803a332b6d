package dev.blogwright.gui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ToolkitFailureTest {
    @TempDir
    Path dir;

    @Test
    void missingGtkIsExplainedInOneLineWithWhatToInstall() {
        RuntimeException launch = new RuntimeException("Application launch exception",
                new UnsupportedOperationException("Unable to load glass GTK library."));
        assertThat(ToolkitFailure.explain(launch)).hasValueSatisfying(line -> {
            assertThat(line).contains("apt-get install libgtk-3-0").doesNotContain("\n");
        });
    }

    @Test
    void missingDisplayIsExplained() {
        assertThat(ToolkitFailure.explain(new UnsupportedOperationException("Unable to open DISPLAY")))
                .contains(ToolkitFailure.NO_DISPLAY);
    }

    @Test
    void otherFailuresAreNotExplainedAway() {
        assertThat(ToolkitFailure.explain(new IllegalStateException("something else"))).isEmpty();
    }

    /**
     * The jar's entry point in a process with no display (and on a machine without GTK 3, no GTK either): one
     * line on stderr, exit code 1, and the library it opened meanwhile closed again, lock file and all.
     */
    @Test
    @Timeout(120)
    void theDesktopWithoutAWindowSystemSaysOneLineAndExits() throws Exception {
        Path file = dir.resolve("library.db");
        BlogLibrary.open(file, OpenMode.CREATE).close();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.blogwright.Launcher", "--library",
                file.toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("BLOGWRIGHT_LOG_DIR", dir.resolve("log").toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(err).isEqualTo(1);
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(err).containsAnyOf("GTK 3", "no display");
        assertThat(dir.resolve("library.db.lock")).doesNotExist();
    }
}
