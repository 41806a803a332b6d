package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class MarkdownAreaRangeTest {
    @Test
    void typingInPlainProseRestylesOnlyTheTypedCharacter() {
        byte[] before = MarkdownHighlighter.styles("# Head\n\nplain text\n");
        byte[] after = MarkdownHighlighter.styles("# Head\n\nplainx text\n");
        assertThat(MarkdownArea.changedRange(before, after, 13, 14)).containsExactly(13, 14);
    }

    @Test
    void openingAFenceRestylesEverythingBelow() {
        String old = "a\n\nb\n\nc";
        String now = "```\na\n\nb\n\nc";
        int[] range = MarkdownArea.changedRange(MarkdownHighlighter.styles(old), MarkdownHighlighter.styles(now), 0, 4);
        assertThat(range).containsExactly(0, now.length());
    }

    @Test
    void altTextComesFromTheFileName() {
        assertThat(MarkdownArea.altText(Path.of("/x/team-photo_2024.png"))).isEqualTo("team photo 2024");
    }
}
