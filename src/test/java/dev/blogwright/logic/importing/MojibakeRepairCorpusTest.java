package dev.blogwright.logic.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The repair runs on every imported text, so it is measured on the shared corpus of real blogs (Jekyll, Hugo,
 * Ghost, WordPress): none of their correct text may change, and the whole corpus must take well under a second
 * once warm (the bound is loose because the build machine is shared).
 */
class MojibakeRepairCorpusTest {
    @Test
    void realBlogsAreLeftAloneAndRepairedQuickly(TestReporter reporter) throws IOException {
        Path corpus = Path.of(System.getProperty("blogwright.shared", "../shared"), "corpus");
        assumeTrue(Files.isDirectory(corpus));
        List<String> texts = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(md|markdown|html|json|xml|txt|toml|yaml|yml)$"))
                    .toList()) {
                try {
                    texts.add(Files.readString(p));
                    files.add(p);
                } catch (MalformedInputException e) {
                    // not UTF-8: the import reads such files through TextDecoding, not this test
                }
            }
        }
        assumeTrue(!texts.isEmpty());
        long characters = texts.stream().mapToLong(String::length).sum();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(MojibakeRepair.repair(texts.get(i))).as(files.get(i).toString()).isSameAs(texts.get(i));
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        reporter.publishEntry("corpus", texts.size() + " files, " + characters + " characters, best of 5 rounds "
                + best / 1_000_000 + " ms");
        assertThat(best / 1_000_000).isLessThan(3_000);
    }
}
