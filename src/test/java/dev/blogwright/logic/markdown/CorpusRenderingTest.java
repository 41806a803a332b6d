package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Real Hugo and Jekyll posts from the shared corpus (skipped when it is absent). */
class CorpusRenderingTest {
    private static final MarkdownRenderer SAFE = new MarkdownRenderer();

    private static List<Path> posts() throws IOException {
        Path corpus = Path.of(System.getProperty("blogwright.shared", "../shared"), "corpus");
        assumeTrue(Files.isDirectory(corpus), "shared corpus not present");
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    // Hugo section files such as _index.md hold only front matter; they are not posts.
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .toList();
        }
    }

    @Test
    void everyPostRendersWithoutItsFrontMatterAndWithText() throws IOException {
        List<Path> posts = posts();
        assertThat(posts).isNotEmpty();
        for (Path post : posts) {
            String markdown = Files.readString(post, StandardCharsets.UTF_8);
            String html = SAFE.render(markdown);
            String text = Jsoup.parseBodyFragment(html).text();

            assertThat(html).as(post.toString()).doesNotContainIgnoringCase("<script").doesNotContain("\uFEFF");
            assertThat(text).as(post.toString()).doesNotStartWith("---").doesNotStartWith("+++");
            assertThat(PostText.wordCount(markdown)).as(post.toString()).isPositive();
            assertThat(PostText.excerpt(null, markdown).length()).as(post.toString()).isBetween(1, 2000);
        }
    }
}
