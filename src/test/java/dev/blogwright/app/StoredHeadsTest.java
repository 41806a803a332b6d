package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostHead;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.store.SqlChangeMarker;
import dev.blogwright.store.SqlPostRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The post heads a deploy keeps in its bundle folder for the next process: read back as the library holds them,
 * re-read where a post changed since, and not trusted for another library, a library whose change marker went
 * back, or a damaged file.
 */
class StoredHeadsTest {
    @TempDir
    Path dir;

    private BlogLibrary library;
    private Path bundle;

    @BeforeEach
    void fill() throws IOException {
        library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE);
        bundle = Files.createDirectories(dir.resolve("bundle"));
        for (int i = 1; i <= 12; i++) {
            library.posts().create(Post.draft("Post " + i, "Body " + i).status(PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i))
                    .tags(List.of(i % 5 == 0 ? "rare" : i % 2 == 0 ? "even" : "odd")).build());
        }
        // One post with every field away from its default, so the encoding is held to all of them.
        long parent = library.posts().create(Post.draft("Parent page", "Parent").kind(PostKind.PAGE).build()).id();
        long category = library.taxonomy().categoryNamed("Notes").id();
        library.posts().save(library.posts().create(Post.draft("Full", "Full body").build()).toBuilder()
                .slug("full-post").excerpt("An excerpt ✓").icon("🌲").categoryId(category)
                .status(PostStatus.SCHEDULED).featured(true).publishedAt(Instant.parse("2030-02-03T04:05:06.789Z"))
                .language("de").metaTitle("Meta title").metaDescription("Meta description")
                .canonicalUrl("https://example.org/full").featuredImage("assets/full.png").featuredImageAlt("Alt")
                .position(7.25).tags(List.of("odd", "zeta", "alpha")).frontMatterJson("{\"x\":1}")
                .sourcePath("posts/full.md").publishedOffset(ZoneOffset.ofHoursMinutes(-4, -30))
                .kind(PostKind.PAGE).parentId(parent).build(), false);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<PostHead> fromLibrary() {
        return sorted(new SqlPostRepository(library.database()).heads(PostQuery.all()));
    }

    private static List<PostHead> sorted(List<PostHead> heads) {
        return heads.stream().sorted(Comparator.comparingLong(h -> h.post().id())).toList();
    }

    private long marker() {
        return new SqlChangeMarker(library.database()).changeCount();
    }

    /** A deploy's export: the heads through the kept ones, then kept again. */
    private List<PostHead> deployRead() throws IOException {
        long marker = marker();
        StoredHeads heads = StoredHeads.read(bundle, library);
        try (ExportSnapshot ignored = library.exportSnapshot(true, heads.cache())) {
            heads.write(bundle, library, marker);
        }
        return sorted(heads.cache().kept());
    }

    @Test
    void theEncodingCoversEveryFieldOfAPost() {
        assertThat(Post.class.getRecordComponents()).hasSize(StoredHeads.POST_FIELDS);
    }

    @Test
    void aNewProcessGetsTheHeadsAsTheLibraryHoldsThem() throws IOException {
        deployRead();
        List<PostHead> kept = sorted(StoredHeads.read(bundle, library).cache().kept());
        assertThat(kept).hasSize(14).isEqualTo(fromLibrary());
        assertThat(kept).anySatisfy(h -> assertThat(h.post().kind()).isEqualTo(PostKind.PAGE));
    }

    @Test
    void postsChangedSinceAreReadAgain() throws IOException {
        deployRead();
        Post post = library.posts().findBySlug("full-post").orElseThrow();
        library.posts().save(post.toBuilder().title("Renamed").body("New body").build(), false);
        library.taxonomy().renameTag(library.taxonomy().tags().stream().filter(t -> t.name().equals("rare"))
                .findFirst().orElseThrow().id(), "Rare");
        Post trashed = library.posts().findBySlug("post-3").orElseThrow();
        library.posts().save(trashed.toBuilder().trashed(true).build(), false);

        // Three of the thirteen posts changed: they alone are read from the library, the rest come from the file.
        List<PostHead> read = deployRead();

        assertThat(read).isEqualTo(fromLibrary());
        assertThat(read).anySatisfy(h -> assertThat(h.post().title()).isEqualTo("Renamed"));
        assertThat(read).noneMatch(h -> h.post().slug().equals("post-3"));
        assertThat(read.stream().filter(h -> h.post().tags().contains("Rare"))).hasSize(2);
        assertThat(sorted(StoredHeads.read(bundle, library).cache().kept())).as("as kept for the next process")
                .isEqualTo(fromLibrary());
    }

    @Test
    void anotherLibrarysHeadsAreNotUsed() throws IOException {
        deployRead();
        try (BlogLibrary other = BlogLibrary.open(dir.resolve("other.db"), OpenMode.CREATE)) {
            assertThat(StoredHeads.read(bundle, other).cache().kept()).isEmpty();
        }
    }

    @Test
    void headsWrittenAtALaterChangeMarkerAreNotUsed() throws IOException {
        // As when a backup of the library is put back after the deploy: its versions may repeat with other posts.
        StoredHeads.read(bundle, library).write(bundle, library, marker() + 5);
        assertThat(StoredHeads.read(bundle, library).cache().kept()).isEmpty();
    }

    @Test
    void aDamagedFileMeansEveryHeadIsRead() throws IOException {
        deployRead();
        Path file = bundle.resolve(StoredHeads.FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 7));
        assertThat(StoredHeads.read(bundle, library).cache().kept()).isEmpty();

        assertThat(deployRead()).isEqualTo(fromLibrary());
    }
}
