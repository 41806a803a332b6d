package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The renderer's output is frozen: HTML, word counts and excerpts of the CommonMark spec, 2,000 generated posts,
 * the XSS payloads and the shared corpus must stay byte for byte what they were (see {@link RenderGoldenDigests},
 * which also says how to regenerate the digests when a change of output is intended).
 */
class RenderGoldenTest {
    @Test
    void writeDigestsWhenAsked() throws IOException {
        String target = System.getProperty("blogwright.golden.write");
        Assumptions.assumeTrue(target != null && !target.isBlank(), "only with -Dblogwright.golden.write=FILE");
        RenderGoldenDigests.write(Path.of(target));
    }

    @Test
    void specGeneratedXssAndNestingOutputIsUnchanged() throws IOException {
        Map<String, String> expected = RenderGoldenDigests.expected();
        Map<String, String> inputs = RenderGoldenDigests.inputs();

        assertThat(inputs).hasSizeGreaterThan(652 + RenderGoldenDigests.GENERATED_POSTS);
        assertThat(expected.keySet()).containsAll(inputs.keySet());
        assertThat(changed(inputs, expected)).isEmpty();
    }

    @Test
    void corpusOutputIsUnchanged() throws IOException {
        Map<String, String> corpus = RenderGoldenDigests.corpus();
        Assumptions.assumeFalse(corpus.isEmpty(), "shared corpus not present");
        Map<String, String> expected = RenderGoldenDigests.expected();
        // A post added to the corpus later has no digest; the ones recorded must all still be there and match.
        List<String> recorded = expected.keySet().stream().filter(k -> k.startsWith("corpus:")).toList();

        assertThat(corpus.keySet()).containsAll(recorded);
        assertThat(changed(corpus, expected)).isEmpty();
    }

    private static List<String> changed(Map<String, String> inputs, Map<String, String> expected) {
        List<String> changed = new ArrayList<>();
        inputs.forEach((key, markdown) -> {
            String want = expected.get(key);
            if (want != null && !want.equals(RenderGoldenDigests.digest(markdown))) {
                changed.add(key);
            }
        });
        return changed;
    }
}
