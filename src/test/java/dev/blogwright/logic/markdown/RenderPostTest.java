package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderPostTest {
    private static final String BODY = """
            # Title

            First paragraph with **bold** words and a [link](https://example.com/very/long/url).

            Second paragraph, 中文字符 included.
            """;

    @Test
    void oneParseGivesTheSameValuesAsTheSeparateFunctions() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        RenderedMarkdown r = renderer.renderPost(BODY, null);
        assertThat(r.html()).isEqualTo(renderer.render(BODY));
        assertThat(r.words()).isEqualTo(PostText.wordCount(BODY));
        assertThat(r.excerpt()).isEqualTo(PostText.excerpt(null, BODY));
        assertThat(r.readingMinutes()).isEqualTo(1);
    }

    @Test
    void aManualExcerptWins() {
        assertThat(new MarkdownRenderer().renderPost(BODY, "  Mine.  ").excerpt()).isEqualTo("Mine.");
    }
}
