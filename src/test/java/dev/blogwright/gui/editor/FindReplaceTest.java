package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.editor.FindReplace.Match;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class FindReplaceTest {
    @Test
    void findsEveryOccurrenceIgnoringCase() {
        assertThat(FindReplace.findAll("Cat cat CAT dog", "cat", false))
                .containsExactly(new Match(0, 3), new Match(4, 7), new Match(8, 11));
    }

    @Test
    void matchCaseFindsOnlyExactSpelling() {
        assertThat(FindReplace.findAll("Cat cat CAT", "cat", true)).containsExactly(new Match(4, 7));
    }

    @Test
    void emptyQueryFindsNothing() {
        assertThat(FindReplace.findAll("anything", "", false)).isEmpty();
    }

    @Test
    void matchesDoNotOverlap() {
        assertThat(FindReplace.findAll("aaaa", "aa", true)).containsExactly(new Match(0, 2), new Match(2, 4));
    }

    @Test
    void nextWrapsToTheFirstMatch() {
        List<Match> m = List.of(new Match(0, 3), new Match(10, 13));
        assertThat(FindReplace.next(m, 5)).isEqualTo(1);
        assertThat(FindReplace.next(m, 11)).isZero();
    }

    @Test
    void previousWrapsToTheLastMatch() {
        List<Match> m = List.of(new Match(0, 3), new Match(10, 13));
        assertThat(FindReplace.previous(m, 12)).isZero();
        assertThat(FindReplace.previous(m, 2)).isEqualTo(1);
    }

    @Test
    void replaceAllReplacesEachMatchOnce() {
        String text = "one fish two fish";
        assertThat(FindReplace.replaceAll(text, FindReplace.findAll(text, "fish", true), "cat"))
                .isEqualTo("one cat two cat");
    }

    @Test
    void searchingAMegabyteFindsAllMatches() {
        String text = "lorem ipsum dolor sit amet ".repeat(40_000);
        assertThat(FindReplace.findAll(text, "dolor", false)).hasSize(40_000);
    }

    @Test
    void wholeWordSkipsOccurrencesInsideWords() {
        assertThat(FindReplace.findAll("rust rust-lang rustacean trust", "rust", true, true))
                .containsExactly(new Match(0, 4), new Match(5, 9));
    }

    @Test
    void matchCaseLeavesOtherSpellingsAlone() {
        String text = "Rust is fast.\n```rust\nfn main() {}\n```\nSee rust-lang.org. Rust!";
        assertThat(FindReplace.replaceAll(text, FindReplace.findAll(text, "Rust", true), "RUST"))
                .isEqualTo("RUST is fast.\n```rust\nfn main() {}\n```\nSee rust-lang.org. RUST!");
    }
}
