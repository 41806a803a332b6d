package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.blogwright.bench.PostGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wherever {@link DirectHtmlRenderer} renders a document, it writes flexmark's bytes: compared on the spec examples,
 * generated posts, XSS payloads, nesting shapes and the corpus, in both modes. It must also take the generated
 * posts, or the export gains nothing.
 */
class DirectHtmlRendererTest {
    private static final MarkdownRenderer SAFE = new MarkdownRenderer(false);
    private static final MarkdownRenderer TRUSTED = new MarkdownRenderer(true);

    @Test
    void directHtmlIsFlexmarksHtml() throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>(RenderGoldenDigests.inputs());
        inputs.putAll(RenderGoldenDigests.corpus());
        List<String> differ = new ArrayList<>();
        int direct = 0;
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            for (MarkdownRenderer renderer : List.of(SAFE, TRUSTED)) {
                String[] html = renderer.bothWays(input.getValue());
                if (html[1] != null) {
                    direct++;
                    if (!html[1].equals(html[0])) {
                        differ.add(input.getKey());
                    }
                }
            }
        }
        System.out.printf("direct %d of %d renderings%n", direct, inputs.size() * 2);
        assertThat(differ).isEmpty();
    }

    @Test
    void generatedPostsAreRenderedDirectly() {
        PostGenerator generator = new PostGenerator(
                PostGenerator.DEFAULT_SEED);
        for (int i = 0; i < 200; i++) {
            assertThat(SAFE.bothWays(generator.post(i).markdown())[1]).as("post %d", i).isNotNull();
        }
    }

    @Test
    void urlsThatSkipPercentEncodingAreTheOnesItLeavesAlone() {
        for (int c = 0; c < 0x3000; c++) {
            String url = "https://x.org/a" + (char) c + "b";
            if (DirectHtmlRenderer.keptByPercentEncoding(url)) {
                assertThat(Escaping.percentEncodeUrl(url)).as("U+%04X", c).isEqualTo(url);
            }
        }
        assertThat(DirectHtmlRenderer.keptByPercentEncoding("/a%20b")).isFalse();
        assertThat(DirectHtmlRenderer.keptByPercentEncoding("https://example.org/photo-3.jpg?x=1&y=2#top")).isTrue();
    }
}
