package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.PostSort;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostHead;
import dev.blogwright.model.PostStatus;
import dev.blogwright.util.TextFingerprint;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Posts read without bodies say what {@code posts(query)} says of them, in the same order. */
class PostHeadsTest {
    @TempDir
    Path dir;

    static Stream<PostQuery> queries() {
        return Stream.of(PostQuery.all(),
                PostQuery.all().sortedBy(PostSort.PUBLISHED, true),
                PostQuery.all().sortedBy(PostSort.TITLE, false),
                PostQuery.all().sortedBy(PostSort.UPDATED, true),
                PostQuery.all().withTrashed(true),
                PostQuery.all().withStatus(PostStatus.PUBLISHED),
                PostQuery.all().withFeatured(true),
                PostQuery.all().withCategory("Performance"),
                PostQuery.all().withTag("SaaS"),
                PostQuery.all().withText("index"),
                PostQuery.all().page(2, 1));
    }

    /**
     * The sample blog, plus a trashed post, a featured one whose tags are out of name order, and one with a
     * distinct value in every field, so a column read at the wrong index shows.
     */
    private BlogLibrary library() {
        BlogLibrary lib = TestLibraries.sample(dir);
        Instant day = Instant.parse("2023-04-05T06:07:08.009Z");
        lib.posts().create(Post.draft("Every field", "body").excerpt("an excerpt").icon("star")
                .categoryId(lib.taxonomy().categoryNamed("Notes").id()).status(PostStatus.SCHEDULED)
                .createdAt(day).updatedAt(day.plusSeconds(60)).publishedAt(day.plusSeconds(86_400)).language("de")
                .metaTitle("meta title").metaDescription("meta description").canonicalUrl("https://example.org/a")
                .featuredImage("assets/a.png").featuredImageAlt("alt text").frontMatterJson("{\"layout\":\"wide\"}")
                .sourcePath("posts/every-field.md").tags(List.of("SaaS")).build());
        Post trashed = lib.posts().create(Post.draft("Thrown away", "gone").tags(List.of("SaaS")).build());
        lib.organizer().trash(List.of(trashed.id()));
        Post featured = lib.posts().create(Post.draft("Featured", "shown first").tags(List.of("Zeta", "Alpha"))
                .build());
        lib.organizer().setFeatured(List.of(featured.id()), true);
        return lib;
    }

    private static SqlPostRepository repo(BlogLibrary lib) {
        return new SqlPostRepository(lib.database());
    }

    private static Post withoutBody(Post p) {
        return p.toBuilder().body("").build();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void headsAreThePostsOfTheQueryWithoutBodies(PostQuery query) {
        try (BlogLibrary lib = library()) {
            List<Post> heads = repo(lib).heads(query).stream().map(PostHead::post).toList();
            assertThat(heads).isNotEmpty().isEqualTo(repo(lib).posts(query).stream().map(PostHeadsTest::withoutBody)
                    .toList());
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void idsAreThoseOfThePostsOfTheQuery(PostQuery query) {
        try (BlogLibrary lib = library()) {
            assertThat(repo(lib).ids(query)).isNotEmpty()
                    .isEqualTo(repo(lib).posts(query).stream().map(Post::id).toList());
        }
    }

    @Test
    void headsCarryTheFingerprintOfEachBody() {
        try (BlogLibrary lib = library()) {
            Map<Long, String> bodies = new HashMap<>();
            repo(lib).posts(PostQuery.all()).forEach(p -> bodies.put(p.id(), p.body()));
            assertThat(repo(lib).heads(PostQuery.all())).allSatisfy(h ->
                    assertThat(h.bodyHash()).isEqualTo(TextFingerprint.of(bodies.get(h.post().id()))));
        }
    }

    @Test
    void aBodyChangedByAnotherWriterHasNoFingerprint() {
        try (BlogLibrary lib = library()) {
            long id = repo(lib).ids(PostQuery.all()).get(0);
            TestLibraries.execute(lib.database(), "UPDATE posts SET body = 'from the shell' WHERE id = " + id);
            assertThat(repo(lib).heads(List.of(id))).singleElement().satisfies(h -> assertThat(h.bodyHash()).isNull());
        }
    }

    @Test
    void headsCarryEachPostsVersion() {
        try (BlogLibrary lib = library()) {
            Map<Long, Long> versions = repo(lib).versions();
            assertThat(repo(lib).heads(PostQuery.all())).allSatisfy(h ->
                    assertThat(h.version()).isPositive().isEqualTo(versions.get(h.post().id())));
        }
    }

    @Test
    void versionsCoverEveryPostTrashIncluded() {
        try (BlogLibrary lib = library()) {
            List<Long> all = new ArrayList<>(repo(lib).ids(PostQuery.all()));
            all.addAll(repo(lib).ids(PostQuery.all().withTrashed(true)));
            assertThat(repo(lib).versions()).containsOnlyKeys(all);
        }
    }

    @Test
    void headsByIdAreTheHeadsOfThosePosts() {
        try (BlogLibrary lib = library()) {
            List<PostHead> all = repo(lib).heads(PostQuery.all());
            List<PostHead> some = List.of(all.get(3), all.get(0));
            assertThat(repo(lib).heads(List.of(all.get(3).post().id(), all.get(0).post().id())))
                    .containsExactlyInAnyOrderElementsOf(some);
        }
    }

    @Test
    void headsByIdLeaveOutIdsOfNoPost() {
        try (BlogLibrary lib = library()) {
            long id = repo(lib).ids(PostQuery.all()).get(0);
            assertThat(repo(lib).heads(List.of(id, 999_999L))).extracting(h -> h.post().id()).containsExactly(id);
        }
    }

    @Test
    void headsOfNoIdsAreNone() {
        try (BlogLibrary lib = library()) {
            assertThat(repo(lib).heads(List.<Long>of())).isEmpty();
        }
    }

    @Test
    void aBodyIsReadById() {
        try (BlogLibrary lib = library()) {
            Post post = repo(lib).posts(PostQuery.all()).get(2);
            assertThat(repo(lib).body(post.id())).contains(post.body());
        }
    }

    @Test
    void aMissingPostHasNoBody() {
        try (BlogLibrary lib = library()) {
            assertThat(repo(lib).body(999_999L)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("indexQueries")
    void theIndexOrdersReadTheirIdsFromOneIndexAlone(PostQuery query) {
        try (BlogLibrary lib = library()) {
            assertThat(LibraryUpgradeTest.plan(lib.database(), PostHeads.idsSelect(new PostQuerySql(query))))
                    .singleElement().asString().contains("USING COVERING INDEX");
        }
    }

    static Stream<PostQuery> indexQueries() {
        return Stream.of(PostQuery.all(), PostQuery.all().sortedBy(PostSort.PUBLISHED, true));
    }
}
