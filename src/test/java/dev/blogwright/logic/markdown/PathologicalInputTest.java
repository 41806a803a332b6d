package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile or broken input must come back as HTML; the timeout is a hang guard, not a benchmark. */
class PathologicalInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final MarkdownRenderer SAFE = new MarkdownRenderer();
    private static final MarkdownRenderer TRUSTED = new MarkdownRenderer(true);

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("nested brackets", "[".repeat(10_000) + "a" + "]".repeat(10_000)),
                Arguments.of("open brackets", "[".repeat(10_000)),
                Arguments.of("star emphasis", "*".repeat(10_000) + "a" + "*".repeat(10_000)),
                Arguments.of("underscore emphasis", "_".repeat(10_000) + "a" + "_".repeat(10_000)),
                Arguments.of("alternating emphasis", "*a _b ".repeat(10_000)),
                Arguments.of("nested quotes", ">".repeat(10_000) + " deep"),
                Arguments.of("nested lists", "- ".repeat(5_000) + "item"),
                Arguments.of("1 MB single line", "word ".repeat(200_000) + "<b>end</b>"),
                Arguments.of("nested raw html", "<div>".repeat(10_000) + "x"),
                Arguments.of("backtick runs", "`".repeat(5_000) + "a" + "``".repeat(5_000)),
                // flexmark's bracket matching is quadratic in these two shapes (about 5 s at 10,000 on this
                // machine), so they run at a size that guards against hangs without racing the hang guard.
                Arguments.of("link openers", "[a](".repeat(2_000)),
                Arguments.of("nested images", "![".repeat(2_000) + "a" + "](b)".repeat(2_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void sanitizingRendererFinishes(String name, String markdown) {
        String html = assertTimeoutPreemptively(HANG_GUARD, () -> SAFE.render(markdown));

        assertThat(html).isNotBlank().doesNotContain("<script");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void trustedRendererFinishes(String name, String markdown) {
        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> TRUSTED.render(markdown))).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void textStatisticsFinish(String name, String markdown) {
        int words = assertTimeoutPreemptively(HANG_GUARD, () -> PostText.wordCount(markdown));
        String excerpt = assertTimeoutPreemptively(HANG_GUARD, () -> PostText.excerpt(null, markdown));

        assertThat(words).isNotNegative();
        assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(160);
    }

    @Test
    void tooDeeplyNestedInputStillShowsItsText() {
        String html = SAFE.render(">".repeat(10_000) + " deep <script>x</script>");

        assertThat(html).contains("deep").doesNotContain("<script");
    }
}
