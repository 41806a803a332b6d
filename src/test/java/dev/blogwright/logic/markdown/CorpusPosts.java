package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The Markdown posts of the shared corpus ({@code ../shared/corpus}, or the {@code blogwright.shared} property),
 * for tests that compare two ways of reading real posts; skips the calling test where the corpus is absent.
 */
final class CorpusPosts {
    private CorpusPosts() {
    }

    /** The text of every {@code .md} file of the corpus, never empty; the test is skipped without a corpus. */
    static List<String> markdown() throws IOException {
        Path corpus = Path.of(System.getProperty("blogwright.shared", "../shared"), "corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "shared corpus not present");
        List<String> posts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path post : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                posts.add(Files.readString(post));
            }
        }
        assertThat(posts).as("Markdown posts in %s", corpus).isNotEmpty();
        return posts;
    }
}
