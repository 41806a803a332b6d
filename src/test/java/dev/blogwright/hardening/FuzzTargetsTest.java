package dev.blogwright.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.importing.FrontMatter;
import dev.blogwright.logic.importing.FrontMatterParser;
import dev.blogwright.logic.importing.ImportException;
import dev.blogwright.logic.importing.MojibakeRepair;
import dev.blogwright.logic.markdown.MarkdownRenderer;
import dev.blogwright.logic.post.Slugs;

/**
 * Coverage-guided fuzzing of the parsers that read untrusted text. Under {@code mvn verify} each target only
 * replays its seeds and past crashes from {@code FuzzTargetsTestInputs/<method>/} (regression mode, seconds);
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=FuzzTargetsTest#<method>} fuzzes one target for its maxDuration (5 minutes;
 * regression mode ignores it). Findings land in the inputs folder and become regression tests once committed.
 * Any exception other than the documented one, any StackOverflowError, and any broken property is a crash.
 */
class FuzzTargetsTest {
    private static final FrontMatterParser FRONT_MATTER = new FrontMatterParser();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @FuzzTest(maxDuration = "5m")
    void frontMatterEitherParsesOrSaysWhy(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            FrontMatter fm = FRONT_MATTER.parse(text, "fuzz.md");
            assertThat(fm.body()).isNotNull();
            assertThat(fm.fields()).isNotNull();
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith("fuzz.md: ").doesNotContain("\n");
        }
    }

    @FuzzTest(maxDuration = "5m")
    void mojibakeRepairNeverGrowsTextAndLeavesCleanTextAlone(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        String repaired = MojibakeRepair.repair(text);
        assertThat(repaired.length()).isLessThanOrEqualTo(text.length());
        if (!MojibakeRepair.hasSignature(text)) {
            assertThat(repaired).isSameAs(text);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void slugsAreAlwaysOneSafePathSegment(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        String slug = Slugs.slugify(text);
        assertThat(Slugs.isValid(slug)).as("slug %s", slug).isTrue();
        assertThat(slug).doesNotMatch("con|prn|aux|nul|com[1-9]|lpt[1-9]");
        try {
            assertThat(Slugs.isValid(Slugs.fromRequested(text))).isTrue();
        } catch (LibraryException refused) {
            assertThat(refused.getMessage()).startsWith("A slug cannot contain");
        }
    }

    @FuzzTest(maxDuration = "5m")
    void renderedMarkdownNeverCarriesScript(FuzzedDataProvider data) {
        String markdown = data.consumeRemainingAsString();
        String html = RENDERER.render(markdown);
        assertThat(HtmlChecks.problems(html)).as("HTML of %s", markdown).isEmpty();
    }
}
