package dev.blogwright.logic.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary file a deploy stages its "in progress" note and its manifest in before sending them. A deploy ended
 * by kill -9 cannot delete its own, so each new one first removes those left by deploys that ended long ago: the
 * test suite's kill tests alone left hundreds in the temporary folder, and SQLite's driver scans that folder at every
 * start. A day is far longer than any deploy runs, so a file still in use is never taken.
 */
final class DeployScratch {
    static final String PREFIX = "blogwright-deploy-";
    static final String SUFFIX = ".json";
    private static final Duration STALE = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(DeployScratch.class);

    private DeployScratch() {
    }

    /** A new scratch file in {@code folder}, after removing the ones left there over a day ago. */
    static Path create(Path folder) throws IOException {
        sweep(folder, Instant.now().minus(STALE));
        return Files.createTempFile(folder, PREFIX, SUFFIX);
    }

    /** A new scratch file in the system's temporary folder. */
    static Path create() throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Best effort: a file that cannot be read or removed stays, and the deploy goes on. */
    static void sweep(Path folder, Instant before) {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : left) {
                try {
                    if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    LOG.debug("Cannot remove the old deploy scratch file {}", file, e);
                }
            }
        } catch (IOException e) {
            LOG.debug("Cannot look for old deploy scratch files in {}", folder, e);
        }
    }
}
