package dev.blogwright.gui;

import dev.blogwright.gui.postlist.PostListViewModel;
import dev.blogwright.gui.startup.ProcessAge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When {@code BLOGWRIGHT_STARTUP_REPORT} names a file, writes the time from process start to the first frame
 * drawn with the post list showing rows (its first page; the rest of a large library follows): how the packaged
 * app's start-up is measured, with no effect otherwise.
 *
 * <p>With {@code BLOGWRIGHT_STARTUP_QUIT} set to a number of seconds as well, the app then closes that long after
 * the first frame, the normal way: the packaging's start-up archive is trained on such a run, so the classes of
 * the window, the list and the editor built after the first frame are in it.
 */
final class StartupReport {
    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private StartupReport() {
    }

    static void watch(PostListViewModel list) {
        String target = System.getenv("BLOGWRIGHT_STARTUP_REPORT");
        if (target == null || target.isBlank()) {
            return;
        }
        Instant start = ProcessAge.startInstant();
        // A frame is drawn with rows when an animation pulse runs while the list holds some.
        AnimationTimer frame = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!list.posts().isEmpty()) {
                    stop();
                    write(Path.of(target), Duration.between(start, Instant.now()).toMillis(), list.posts().size());
                    quitLater();
                }
            }
        };
        frame.start();
    }

    private static void quitLater() {
        String seconds = System.getenv("BLOGWRIGHT_STARTUP_QUIT");
        if (seconds == null || seconds.isBlank()) {
            return;
        }
        try {
            PauseTransition wait = new PauseTransition(javafx.util.Duration.seconds(Double.parseDouble(seconds)));
            wait.setOnFinished(e -> Platform.exit());
            wait.play();
        } catch (NumberFormatException e) {
            LOG.warn("BLOGWRIGHT_STARTUP_QUIT is not a number of seconds: {}", seconds);
        }
    }

    private static void write(Path file, long millis, int rows) {
        try {
            Files.writeString(file, "first_frame_ms=" + millis + "\nrows=" + rows + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("could not write the start-up report {}", file, e);
        }
    }
}
