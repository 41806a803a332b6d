package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class MarkdownHighlighterTest {
    /** The style class of each character. */
    private static List<String> styles(String text) {
        StyleSpans<Collection<String>> spans = MarkdownHighlighter.highlight(text);
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            String style = span.getStyle().isEmpty() ? "" : span.getStyle().iterator().next();
            for (int i = 0; i < span.getLength(); i++) {
                out.add(style);
            }
        }
        return out;
    }

    @Test
    void spansCoverTheWholeText() {
        String text = "# Title\n\nSome **bold** and `code`.\n";
        assertThat(MarkdownHighlighter.highlight(text).length()).isEqualTo(text.length());
    }

    @Test
    void headingLineIsStyled() {
        assertThat(styles("# Title\nx").get(2)).isEqualTo("md-heading");
    }

    @Test
    void inlineBoldCodeAndLinkAreStyled() {
        String text = "a **b** `c` [d](e)";
        List<String> s = styles(text);
        assertThat(s.get(text.indexOf('b'))).isEqualTo("md-bold");
        assertThat(s.get(text.indexOf('c'))).isEqualTo("md-code");
        assertThat(s.get(text.indexOf('d'))).isEqualTo("md-link");
        assertThat(s.get(0)).isEmpty();
    }

    @Test
    void fencedBlockIsStyledUntilItCloses() {
        String text = "```\n# not a heading\n```\nafter";
        List<String> s = styles(text);
        assertThat(s.get(text.indexOf("not"))).isEqualTo("md-fence");
        assertThat(s.get(text.indexOf("after"))).isEmpty();
    }

    @Test
    void listMarkerIsStyled() {
        assertThat(styles("- item").get(0)).isEqualTo("md-list");
    }

    @Test
    void megabytePostIsHighlighted() {
        String text = "## Part\n\nSome *prose* with `code` and a [link](x).\n\n- item\n".repeat(18_000);
        assertThat(MarkdownHighlighter.highlight(text).length()).isEqualTo(text.length());
    }

    @Test
    void findMatchesAreLaidOverTheMarkdownStyles() {
        String text = "# rust\nrust and **rust**";
        byte[] codes = MarkdownHighlighter.styles(text);
        List<FindReplace.Match> marks = FindReplace.findAll(text, "rust", true);
        StyleSpans<Collection<String>> spans = MarkdownHighlighter.toSpans(codes, 0, text.length(), marks);
        List<Collection<String>> perChar = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                perChar.add(span.getStyle());
            }
        }
        assertThat(perChar).hasSize(text.length());
        assertThat(perChar.get(2)).containsExactlyInAnyOrder("md-heading", MarkdownHighlighter.FIND_MATCH);
        assertThat(perChar.get(7)).containsExactly(MarkdownHighlighter.FIND_MATCH);
        assertThat(perChar.get(12)).doesNotContain(MarkdownHighlighter.FIND_MATCH);
        assertThat(perChar.get(text.lastIndexOf("rust"))).contains("md-bold", MarkdownHighlighter.FIND_MATCH);
        assertThat(perChar.get(text.length() - 1)).doesNotContain(MarkdownHighlighter.FIND_MATCH);
    }
}
