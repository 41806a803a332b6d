package dev.blogwright.logic.importing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

final class ImportFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    private ImportFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(ImportFixtures.class.getResource("/importing/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path corpus(String name) {
        Path dir = Path.of(System.getProperty("blogwright.shared", "../shared"), "corpus", name);
        assumeTrue(Files.exists(dir), "corpus not available: " + dir);
        return dir;
    }
}
