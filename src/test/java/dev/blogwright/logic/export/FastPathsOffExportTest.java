package dev.blogwright.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.FastPaths;
import dev.blogwright.logic.export.site.Feeds;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every fast path of the export is a speed-up, never a change: with any one of them off (the library's way), a
 * full export and a re-export after one post changed write the bundle the default code writes, byte for byte, for
 * the fixture's tricky posts, the sample blog's and more posts than the feeds hold. Only the cache for the next
 * export may differ (with the memo off its fingerprints are spelled out in full), so it is left out.
 */
class FastPathsOffExportTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(FastPaths.Switch.class)
    void bundleIsTheSameWithThePathOff(FastPaths.Switch path) throws Exception {
        List<Post> posts = posts();
        List<Post> edited = new ArrayList<>(posts);
        Post changed = posts.get(posts.size() / 2);
        edited.set(posts.size() / 2, changed.toBuilder().body(changed.body() + "\nOne more line.\n").build());
        ExportOptions options = SiteFixture.options(ExportFormat.ALL);
        new ExportService().export(content(posts), tmp.resolve("default"), options, ExportProgress.NONE);
        new ExportService().export(content(edited), tmp.resolve("default-edited"), options, ExportProgress.NONE);

        ExportService warm = new ExportService();
        FastPaths.withOff(path, () -> {
            warm.export(content(posts), tmp.resolve("off"), options, ExportProgress.NONE);
            assertThat(tree(tmp.resolve("off"))).isEqualTo(tree(tmp.resolve("default")));
            warm.export(content(edited), tmp.resolve("off"), options, ExportProgress.NONE);
            // A new service, as the command line runs, on the bundle the default code wrote.
            new ExportService().export(content(edited), tmp.resolve("default"), options, ExportProgress.NONE);
            return null;
        });

        Map<String, String> expected = tree(tmp.resolve("default-edited"));
        assertThat(expected).hasSizeGreaterThan(posts.size());
        assertThat(tree(tmp.resolve("off"))).isEqualTo(expected);
        assertThat(tree(tmp.resolve("default"))).isEqualTo(expected);
    }

    private SiteContent content(List<Post> posts) {
        return SiteFixture.content(tmp.resolve("lib"), posts, 5);
    }

    /** The bundle's files and their hashes, without the cache that only the next export reads. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = SiteFixture.tree(root);
        files.remove(".blogwright-cache"); // ManifestCache.FILE, package-private in cache
        return files;
    }

    private static List<Post> posts() throws IOException {
        List<Post> posts = new ArrayList<>(SiteFixture.posts());
        try (Stream<Path> files = Files.list(Path.of("assets", "sample", "posts"))) {
            for (Path file : files.sorted().toList()) {
                String slug = file.getFileName().toString().replace(".md", "");
                int id = posts.size() + 1;
                posts.add(SiteFixture.post(id, slug, "Sample " + slug, "📝", 1L, "2025-0" + (id % 9 + 1)
                        + "-15T09:00:00Z", List.of("postgres"), Files.readString(file)));
            }
        }
        Instant start = Instant.parse("2020-01-01T09:00:00Z");
        for (int i = posts.size() + 1; i <= Feeds.MAX_ITEMS + 10; i++) {
            posts.add(SiteFixture.post(i, "post-" + i, "Post number " + i, "⚡", i % 2 == 0 ? 1L : 2L,
                    start.plusSeconds(86_400L * i).toString(), List.of(i % 3 == 0 ? "postgres" : "hebrew"),
                    "Paragraph " + i + " with *emphasis*, www.example.com/" + i + " and a table:\n\n"
                            + "| a | b |\n|---|---|\n| " + i + " | <x> & \"y\" |\n"));
        }
        return posts;
    }
}
