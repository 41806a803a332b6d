package dev.blogwright.logic.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.LibraryException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {
    @Test
    void ampersandAndSpacesBecomeOneDash() {
        assertThat(Slugs.slugify("AI & ML")).isEqualTo("ai-ml");
    }

    @Test
    void accentsAreTransliterated() {
        assertThat(Slugs.slugify("Café Ünïcode")).isEqualTo("cafe-unicode");
        assertThat(Slugs.slugify("Straße Øresund Łódź")).isEqualTo("strasse-oresund-lodz");
    }

    @Test
    void emojiAreDropped() {
        assertThat(Slugs.slugify("🚀 Launch 🎉 day")).isEqualTo("launch-day");
    }

    @Test
    void nothingUsableGivesAFallback() {
        assertThat(Slugs.slugify("🤖🤖")).isEqualTo("post");
        assertThat(Slugs.slugify("中文标题")).isEqualTo("post");
    }

    @Test
    void longTitlesAreCut() {
        assertThat(Slugs.slugify("word ".repeat(100))).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
    }

    @Test
    void clashesGetNumberedSuffixes() {
        Set<String> taken = Set.of("hello", "hello-2");
        assertThat(Slugs.unique("hello", taken::contains)).isEqualTo("hello-3");
        assertThat(Slugs.unique("fresh", taken::contains)).isEqualTo("fresh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "a/b", "a\\b", "nul\0byte", ".."})
    void requestedSlugsThatFormPathsAreRefused(String requested) {
        assertThatThrownBy(() -> Slugs.fromRequested(requested)).isInstanceOf(LibraryException.class);
    }

    @Test
    void requestedSlugsAreCleanedToTheSlugAlphabet() {
        assertThat(Slugs.fromRequested("Vitess 4.0 Released")).isEqualTo("vitess-4-0-released");
        assertThat(Slugs.isValid(Slugs.fromRequested("Ünïcode_Title"))).isTrue();
    }

    @Test
    void generatedSlugsAreAlwaysValid() {
        for (String s : new String[] {"AI & ML", "--x--", "Ça va?", "a.b.c", " ", "x".repeat(300)}) {
            assertThat(Slugs.isValid(Slugs.slugify(s))).as(s).isTrue();
        }
    }
}
