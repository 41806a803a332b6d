package dev.blogwright.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one replacement between two texts, which the editor applies so its caret stays. */
class SpliceTest {
    private static String apply(String from, Splice s) {
        return from.substring(0, s.start()) + s.text() + from.substring(s.end());
    }

    @Test
    void replacesOnlyTheMiddleThatChanged() {
        String from = "First paragraph.\n\nSecond one.\n\nThird.\n";
        String to = "First paragraph.\n\nSecond one, edited elsewhere.\n\nThird.\n";
        Splice s = Splice.between(from, to).orElseThrow();
        assertThat(s.start()).isEqualTo(from.indexOf("Second one") + "Second one".length());
        assertThat(s.text()).isEqualTo(", edited elsewhere");
        assertThat(apply(from, s)).isEqualTo(to);
    }

    @Test
    void equalTextsNeedNothing() {
        assertThat(Splice.between("same", "same")).isEmpty();
    }

    @Test
    void anEmojiIsReplacedWhole() {
        String from = "Mood: \uD83D\uDE00 ok";
        String to = "Mood: \uD83D\uDE01 ok";
        Splice s = Splice.between(from, to).orElseThrow();
        assertThat(s.text()).isEqualTo("\uD83D\uDE01");
        assertThat(apply(from, s)).isEqualTo(to);
    }

    @Test
    void growingAndShrinkingAtTheEdges() {
        assertThat(apply("abc", Splice.between("abc", "abcabc").orElseThrow())).isEqualTo("abcabc");
        assertThat(apply("abcabc", Splice.between("abcabc", "abc").orElseThrow())).isEqualTo("abc");
        assertThat(apply("", Splice.between("", "x").orElseThrow())).isEqualTo("x");
    }
}
