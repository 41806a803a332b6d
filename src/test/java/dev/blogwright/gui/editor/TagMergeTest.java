package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagMergeTest {
    @Test
    void writersAdditionLandsOnTagsAddedElsewhere() {
        assertThat(TagMerge.merge(List.of("a", "evergreen"), List.of("a"), List.of("a", "b")))
                .containsExactly("a", "evergreen", "b");
    }

    @Test
    void writersRemovalIsKeptAndTagsAddedElsewhereStay() {
        assertThat(TagMerge.merge(List.of("a", "x"), List.of("a"), List.of())).containsExactly("x");
    }

    @Test
    void tagRemovedElsewhereIsNotBroughtBack() {
        assertThat(TagMerge.merge(List.of(), List.of("a"), List.of("a", "b"))).containsExactly("b");
    }

    @Test
    void caseDoesNotMakeASecondTag() {
        assertThat(TagMerge.merge(List.of("LLM"), List.of(), List.of("llm"))).containsExactly("LLM");
    }
}
