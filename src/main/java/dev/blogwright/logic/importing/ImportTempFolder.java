package dev.blogwright.logic.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A temporary folder for one import (unpacked ZIPs), deleted when the import ends, however it ends. */
final class ImportTempFolder {
    private static final Logger LOG = LoggerFactory.getLogger(ImportTempFolder.class);

    private ImportTempFolder() {
    }

    interface TempWork {
        ImportReport apply(Path tmp);
    }

    static ImportReport with(TempWork work) {
        Path tmp;
        try {
            tmp = Files.createTempDirectory("blogwright-import");
        } catch (IOException e) {
            return new ImportReport(List.of(new ImportReport.Line(ImportReport.Kind.ERROR, "",
                    "cannot create a temporary folder: " + e.getMessage())), false, false);
        }
        try {
            return work.apply(tmp);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("Could not delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.debug("Could not clean {}", dir, e);
        }
    }
}
