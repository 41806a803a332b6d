package dev.blogwright.logic.outline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutlineTest {
    private static final String POST = """
            Intro line.

            # One
            text one
            ## One.a
            sub
            # Two
            text two
            """;

    private static String apply(String text, SectionMove m) {
        return text.substring(0, m.start()) + m.text() + text.substring(m.end());
    }

    @Test
    void headingsComeFromTheParseNotFromHashesInCode() {
        Outline outline = Outline.of("# Real\n\n```\n# not a heading\n```\n\nSetext\n------\n");
        assertThat(outline.headings()).extracting(OutlineHeading::text).containsExactly("Real", "Setext");
        assertThat(outline.headings()).extracting(OutlineHeading::level).containsExactly(1, 2);
    }

    @Test
    void aSectionRunsToTheNextHeadingOfItsLevelOrHigher() {
        Outline outline = Outline.of(POST);
        OutlineHeading one = outline.headings().get(0);
        assertThat(POST.substring(one.start(), one.sectionEnd())).isEqualTo("# One\ntext one\n## One.a\nsub\n");
        OutlineHeading sub = outline.headings().get(1);
        assertThat(POST.substring(sub.start(), sub.sectionEnd())).isEqualTo("## One.a\nsub\n");
    }

    @Test
    void theCaretIsUnderTheLastHeadingBeforeIt() {
        Outline outline = Outline.of(POST);
        assertThat(outline.indexAt(0)).isEmpty();
        assertThat(outline.indexAt(POST.indexOf("sub"))).contains(1);
        assertThat(outline.indexAt(POST.length())).contains(2);
    }

    @Test
    void movingASectionDownCarriesItsSubsections() {
        Outline outline = Outline.of(POST);
        SectionMove move = outline.move(POST, 0, 3).orElseThrow();
        String moved = apply(POST, move);
        assertThat(moved).isEqualTo("Intro line.\n\n# Two\ntext two\n# One\ntext one\n## One.a\nsub\n");
        assertThat(moved.substring(move.caret())).startsWith("# One");
    }

    @Test
    void movingASectionUpKeepsATextWithoutFinalBreakWithoutOne() {
        String text = POST.strip();
        Outline outline = Outline.of(text);
        SectionMove move = outline.move(text, 2, 0).orElseThrow();
        assertThat(apply(text, move)).isEqualTo("Intro line.\n\n# Two\ntext two\n# One\ntext one\n## One.a\nsub");
        assertThat(move.caret()).isEqualTo(text.indexOf("# One"));
    }

    @Test
    void aSectionIsNeverMovedIntoItself() {
        Outline outline = Outline.of(POST);
        assertThat(outline.move(POST, 0, 1)).isEmpty();
        assertThat(outline.move(POST, 0, 0)).isEmpty();
        assertThat(outline.move(POST + "x", 0, 3)).isEmpty();
    }
}
