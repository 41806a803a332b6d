package dev.blogwright.logic.export.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What becomes of the previous bundle once the new one is swapped in. It is no longer published, so it need not be
 * gone before the export reports success: deleting the 10,000 post folders of a large blog took a second, a
 * quarter of a re-export after one change. Whatever is not deleted yet (the app closed, the machine stopped) is
 * a {@code .retired-} sibling that the next export deletes on its way in, and deleting it twice at once is
 * harmless.
 */
public interface RetiredBundle {
    Logger LOG = LoggerFactory.getLogger(RetiredBundle.class);

    void dispose(Path old) throws IOException;

    /** Deleted before the export returns: the default, and what tests rely on. */
    static RetiredBundle deleteNow() {
        return SiblingFolders::deleteTree;
    }

    /** Deleted on a background thread of this process: the desktop app, which outlives its exports. */
    static RetiredBundle deleteInBackground() {
        ExecutorService deleter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "blogwright-retired-bundle");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        return old -> deleter.execute(() -> {
            try {
                SiblingFolders.deleteTree(old);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not delete the previous bundle {}; the next export retries", old, e);
            }
        });
    }

    /**
     * Deleted by {@code rm -rf} in a process of its own, which goes on after a one-shot command has exited; where
     * there is no {@code /bin/rm}, or it cannot be started, deleted before returning.
     */
    static RetiredBundle deleteAfterExit() {
        return old -> {
            Path rm = Path.of("/bin/rm");
            if (Files.isExecutable(rm)) {
                try {
                    new ProcessBuilder(rm.toString(), "-rf", "--", old.toAbsolutePath().toString())
                            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
                    return;
                } catch (IOException e) {
                    LOG.info("Could not start rm for {}; deleting it here", old, e);
                }
            }
            SiblingFolders.deleteTree(old);
        };
    }
}
