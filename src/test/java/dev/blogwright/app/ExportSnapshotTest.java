package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportReport;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostHead;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.SiteContent;
import dev.blogwright.store.Database;
import dev.blogwright.store.SqlPostRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export reads the library through a snapshot: posts without bodies, bodies read as their posts are rendered,
 * all as the library was when the snapshot was taken. In the app, the posts are kept between exports.
 */
class ExportSnapshotTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final int POSTS = 40;

    @TempDir
    Path dir;

    private BlogLibrary library;

    @BeforeEach
    void fill() {
        library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE);
        for (int i = 1; i <= POSTS; i++) {
            library.posts().create(Post.draft("Post " + i, "Body of post " + i + " with *emphasis*.\n\nMore text.\n")
                    .status(i % 9 == 0 ? PostStatus.DRAFT : PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i))
                    .tags(i % 10 == 0 ? List.of("even", "rare") : List.of(i % 2 == 0 ? "even" : "odd")).build());
        }
    }

    @AfterEach
    void close() {
        library.close();
    }

    private ExportReport export(SiteContent content, Path out) throws IOException {
        return new ExportService().export(content, out, ExportOptions.of(ExportFormat.ALL).withNow(NOW),
                ExportProgress.NONE);
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void exportingFromASnapshotWritesWhatExportingTheWholePostsWrites() throws IOException {
        export(library.siteContent(false), dir.resolve("whole"));
        try (ExportSnapshot snapshot = library.exportSnapshot(false)) {
            assertThat(snapshot.content().posts()).allMatch(p -> p.body().isEmpty());
            export(snapshot.content(), dir.resolve("snapshot"));
        }
        assertThat(tree(dir.resolve("snapshot"))).isEqualTo(tree(dir.resolve("whole")));
    }

    @Test
    void anEditSavedDuringTheExportIsNotInIt() throws IOException {
        Post post = library.posts().findBySlug("post-7").orElseThrow();
        try (ExportSnapshot snapshot = library.exportSnapshot(false)) {
            library.posts().autosave(post.id(), post.title(), "Typed while the export ran.\n");
            export(snapshot.content(), dir.resolve("site"));
        }
        assertThat(dir.resolve("site/posts/post-7/index.html")).content()
                .contains("Body of post 7").doesNotContain("Typed while");

        try (ExportSnapshot next = library.exportSnapshot(false)) {
            ExportReport report = export(next.content(), dir.resolve("site"));
            assertThat(report.postsRendered()).isEqualTo(1);
        }
        assertThat(dir.resolve("site/posts/post-7/index.html")).content().contains("Typed while the export ran.");
    }

    @Test
    void theCacheReadsAgainOnlyThePostsThatChanged() {
        PostCache cache = new PostCache();
        List<PostHead> first;
        try (ExportSnapshot snapshot = library.exportSnapshot(true, cache)) {
            first = heads(cache);
            assertThat(snapshot.content().posts()).hasSize(POSTS);
        }
        Post edited = library.posts().findBySlug("post-3").orElseThrow();
        library.posts().autosave(edited.id(), "Post three", edited.body());
        Post tagged = library.posts().findBySlug("post-4").orElseThrow();
        library.posts().save(tagged.toBuilder().tags(List.of("even", "new")).build(), false);
        library.taxonomy().renameTag(library.taxonomy().tags().stream().filter(t -> t.name().equals("rare"))
                .findFirst().orElseThrow().id(), "seldom");

        List<PostHead> second;
        try (ExportSnapshot snapshot = library.exportSnapshot(true, cache)) {
            second = heads(cache);
            assertThat(snapshot.content().posts()).extracting(Post::title).contains("Post three");
            assertThat(snapshot.content().posts()).filteredOn(p -> p.slug().equals("post-4")).singleElement()
                    .extracting(Post::tags).isEqualTo(List.of("even", "new"));
            assertThat(snapshot.content().posts()).filteredOn(p -> p.slug().equals("post-20")).singleElement()
                    .extracting(Post::tags).isEqualTo(List.of("even", "seldom"));
        }
        for (int i = 0; i < first.size(); i++) {
            String slug = first.get(i).post().slug();
            int number = Integer.parseInt(slug.substring("post-".length()));
            boolean changed = number == 3 || number == 4 || number % 10 == 0;
            if (changed) {
                assertThat(second.get(i)).as(slug).isNotSameAs(first.get(i));
            } else {
                assertThat(second.get(i)).as(slug + " kept, not read again").isSameAs(first.get(i));
            }
        }
    }

    @Test
    void theAppsServiceShowsEveryEditWhileItKeepsWhatItWorkedOutBefore() throws IOException {
        // As the export dialog runs: one service and one cache for the whole session, edits saved in between.
        ExportService service = new ExportService();
        PostCache cache = new PostCache();
        Path site = dir.resolve("site");
        for (int round = 1; round <= 3; round++) {
            Post post = library.posts().findBySlug("post-" + (round * 5)).orElseThrow();
            library.posts().autosave(post.id(), post.title(), "Edit number " + round + ".\n");
            ExportReport report;
            try (ExportSnapshot snapshot = library.exportSnapshot(false, cache)) {
                report = service.export(snapshot.content(), site, ExportOptions.of(ExportFormat.ALL).withNow(NOW),
                        ExportProgress.NONE);
            }
            if (round > 1) {
                assertThat(report.postsRendered()).as("round " + round).isEqualTo(1);
            }
            assertThat(site.resolve("posts/post-" + (round * 5) + "/index.html")).content()
                    .contains("Edit number " + round);
        }
        export(library.siteContent(false), dir.resolve("fresh"));
        assertThat(tree(site)).isEqualTo(tree(dir.resolve("fresh")));
    }

    /** The heads the cache holds now, in the library's manual order, through a fresh snapshot of its own. */
    private List<PostHead> heads(PostCache cache) {
        try (Database snapshot = library.database().snapshot()) {
            return cache.heads(new SqlPostRepository(snapshot),
                    PostQuery.all());
        }
    }
}
