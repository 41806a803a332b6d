package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.editor.ListContinuation.Edit;
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
    void enterOnEmptyItemEndsTheList() {
        String text = "- apples\n- ";
        assertThat(enterAtEnd(text)).isEqualTo(new Edit(9, 11, ""));
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
