package dev.blogwright.logic.writing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FocusRangeTest {
    private static final String TEXT = "First one. Second one? Third.\nSame paragraph.\n\nNext paragraph here.";

    private static String focused(int caret, FocusRange.Unit unit) {
        FocusRange r = FocusRange.around(TEXT, caret, unit);
        return TEXT.substring(r.start(), r.end());
    }

    @Test
    void theSentenceRunsFromTheLastStopToTheNext() {
        assertThat(focused(TEXT.indexOf("cond"), FocusRange.Unit.SENTENCE)).isEqualTo("Second one?");
        assertThat(focused(0, FocusRange.Unit.SENTENCE)).isEqualTo("First one.");
    }

    @Test
    void theParagraphEndsAtABlankLine() {
        assertThat(focused(TEXT.indexOf("Second"), FocusRange.Unit.PARAGRAPH))
                .isEqualTo("First one. Second one? Third.\nSame paragraph.");
        assertThat(focused(TEXT.length(), FocusRange.Unit.PARAGRAPH)).isEqualTo("Next paragraph here.");
    }
}
