package dev.blogwright.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.util.ContentHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Checks an export bundle the way a user's web server would meet it: every file its manifest lists, intact. */
final class BundleChecks {
    private BundleChecks() {
    }

    /** Asserts every file of the manifest exists with its hash and nothing else is there; returns the file count. */
    static int assertComplete(Path bundle) throws IOException {
        Path manifest = bundle.resolve(BundleWriter.MANIFEST);
        assertThat(manifest).as("manifest of %s", bundle).isRegularFile();
        Map<String, String> expected = new TreeMap<>();
        JsonNode files = new ObjectMapper().readTree(manifest.toFile()).path("files");
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            expected.put(e.getKey(), e.getValue().asText());
        }
        assertThat(expected).as("files listed in the manifest of %s", bundle).isNotEmpty();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path file = bundle.resolve(e.getKey());
            assertThat(file).as("listed file %s", e.getKey()).isRegularFile();
            assertThat(hash(file)).as("hash of %s", e.getKey()).isEqualTo(e.getValue());
        }
        Set<String> present;
        try (Stream<Path> walk = Files.walk(bundle)) {
            present = walk.filter(Files::isRegularFile).map(p -> bundle.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(BundleWriter.MANIFEST) && !p.equals(BundleWriter.CACHE))
                    .collect(Collectors.toSet());
        }
        assertThat(present).as("files in %s", bundle).isEqualTo(expected.keySet());
        return expected.size();
    }

    /** The sibling folders an export leaves while it runs ({@code out.tmp-…}, {@code out.old-…}). */
    static List<Path> siblings(Path out, String marker) throws IOException {
        try (Stream<Path> list = Files.list(out.getParent())) {
            return list.filter(p -> p.getFileName().toString().startsWith(out.getFileName() + marker)).toList();
        }
    }

    /** A file's content hash as the manifest records it. */
    static String hash(Path file) throws IOException {
        return ContentHash.of(Files.readAllBytes(file));
    }
}
