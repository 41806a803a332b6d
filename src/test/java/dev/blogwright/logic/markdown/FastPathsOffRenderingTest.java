package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.FastPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every fast path of the renderer is a speed-up, never a change: with any one of them off (the library's way), the
 * CommonMark spec, the generated posts, the XSS payloads, the nesting shapes and the sample blog's posts render to
 * the frozen digests of {@link RenderGoldenTest} (HTML both ways, word counts, excerpts, plain text). The
 * generated posts are cut to the first {@value #GENERATED}: they repeat the same shapes, and this runs once per
 * switch of the renderer. The export's switches are {@code FastPathsOffExportTest}'s.
 */
class FastPathsOffRenderingTest {
    private static final int GENERATED = 300;

    @ParameterizedTest
    @EnumSource(value = FastPaths.Switch.class, names = {"DIRECT_HTML", "QUICK_AUTOLINK"})
    void outputIsTheSameWithThePathOff(FastPaths.Switch path) throws Exception {
        Map<String, String> inputs = new LinkedHashMap<>(RenderGoldenDigests.inputs());
        inputs.keySet().removeIf(key -> key.startsWith("generated:")
                && Integer.parseInt(key.substring("generated:".length())) >= GENERATED);
        Map<String, String> expected = RenderGoldenDigests.expected();
        Map<String, String> sample = samplePosts();
        Map<String, String> sampleDefault = digests(sample);

        Map<String, String> off = FastPaths.withOff(path, () -> digests(inputs));
        Map<String, String> sampleOff = FastPaths.withOff(path, () -> digests(sample));

        assertThat(off).hasSizeGreaterThan(652);
        off.forEach((key, digest) -> assertThat(digest).as(key).isEqualTo(expected.get(key)));
        assertThat(sampleOff).isNotEmpty().isEqualTo(sampleDefault);
    }

    private static Map<String, String> digests(Map<String, String> inputs) {
        Map<String, String> digests = new LinkedHashMap<>();
        inputs.forEach((key, markdown) -> digests.put(key, RenderGoldenDigests.digest(markdown)));
        return digests;
    }

    /** The posts of the sample blog every new library starts with. */
    private static Map<String, String> samplePosts() throws IOException {
        Map<String, String> posts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("assets", "sample", "posts"))) {
            for (Path file : files.sorted().toList()) {
                posts.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return posts;
    }
}
