package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.editor.ListContinuation.Edit;
import dev.blogwright.logic.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ListContinuationTest {
    private static Edit enterAtEnd(String text) {
        return ListContinuation.onEnter(text, text.length()).orElseThrow();
    }

    @Test
    void dashItemContinuesWithDash() {
        assertThat(enterAtEnd("- apples")).isEqualTo(new Edit(8, 8, "\n- "));
    }

    @Test
    void starItemKeepsIndentAndMarker() {
        String text = "intro\n  * nested";
        assertThat(enterAtEnd(text).text()).isEqualTo("\n  * ");
    }

    @Test
    void numberedItemCountsUp() {
        assertThat(enterAtEnd("1. one\n9. nine").text()).isEqualTo("\n10. ");
    }

    @Test
    void taskItemContinuesUnchecked() {
        assertThat(enterAtEnd("- [x] done").text()).isEqualTo("\n- [ ] ");
    }

    @Test
    void enterOnEmptyItemEndsTheListWithABlankLine() {
        String text = "- apples\n- ";
        assertThat(enterAtEnd(text)).isEqualTo(new Edit(9, 11, "\n"));
    }

    @Test
    void theParagraphTypedAfterEndingAListIsAParagraph() {
        String text = "- apples\n- pears\n- ";
        Edit edit = enterAtEnd(text);
        String typed = text.substring(0, edit.start()) + edit.text() + text.substring(edit.end()) + "Next paragraph";
        String html = new MarkdownRenderer().render(typed);
        assertThat(html).contains("<p>Next paragraph</p>").contains("<li>pears</li>");
    }

    @Test
    void enterOnEmptyQuoteLineEndsTheQuoteWithABlankLine() {
        String typed = "> wise\n> ";
        Edit edit = enterAtEnd(typed);
        String html = new MarkdownRenderer().render(typed.substring(0, edit.start()) + edit.text() + "After");
        assertThat(html).contains("<p>After</p>");
    }

    @Test
    void quoteContinues() {
        assertThat(enterAtEnd("> a wise line").text()).isEqualTo("\n> ");
    }

    @Test
    void plainLineGetsNoContinuation() {
        assertThat(ListContinuation.onEnter("just prose", 10)).isEmpty();
    }

    @Test
    void onlyTextBeforeTheCaretCounts() {
        assertThat(ListContinuation.onEnter("- split here", 7).orElseThrow()).isEqualTo(new Edit(7, 7, "\n- "));
    }
}
