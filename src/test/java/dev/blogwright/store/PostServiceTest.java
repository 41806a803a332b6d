package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.PostSort;
import dev.blogwright.logic.post.RevisionKeeper;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import dev.blogwright.model.Revision;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostService, PostOrganizer and the SQLite store together, as the app and the command line use them. */
class PostServiceTest {
    @TempDir
    Path dir;

    private List<String> manualOrder(BlogLibrary lib) {
        return lib.posts().list(PostQuery.all()).stream().map(PostSummary::slug).toList();
    }

    @Test
    void theSampleHoldsEachSeedPostOnceWithRealCharacters() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            List<PostSummary> posts = lib.posts().list(PostQuery.all());
            assertThat(posts).hasSize(6);
            assertThat(posts).extracting(PostSummary::title).doesNotHaveDuplicates();
            assertThat(posts).extracting(PostSummary::categoryName)
                    .containsExactly("Performance", "DevOps", "Security", "Startup", "Performance", "AI & ML");
            assertThat(posts).extracting(p -> PostText.readingMinutes(p.words()))
                    .containsExactly(2, 1, 2, 2, 2, 2);
            Post monorepo = lib.posts().findBySlug("monorepo-vs-polyrepo").orElseThrow();
            // The body keeps the seed's real characters (an em dash, not its mojibake); the excerpt is a whole
            // sentence since the blog check flags excerpts cut mid-sentence.
            assertThat(monorepo.body()).contains("—").doesNotContain("โ€").doesNotContain("â€");
            assertThat(monorepo.excerpt()).endsWith(".").doesNotContain("â€");
            assertThat(lib.settings().load().title()).isEqualTo("Insights From the Engineering Floor");
        }
    }

    @Test
    void slugsFollowTitlesAndClashesGetSuffixes() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            assertThat(lib.posts().create(Post.draft("AI & ML", "").build()).slug()).isEqualTo("ai-ml");
            assertThat(lib.posts().create(Post.draft("AI & ML", "").build()).slug()).isEqualTo("ai-ml-2");
            assertThat(lib.posts().create(Post.draft("AI/ML?", "").build()).slug()).isEqualTo("ai-ml-3");
            assertThatThrownBy(() -> lib.posts().create(Post.draft("x", "").slug("../../etc").build()))
                    .isInstanceOf(LibraryException.class);
        }
    }

    @Test
    void savingAnotherPostsSlugIsRefused() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            lib.posts().create(Post.draft("First", "").build());
            Post second = lib.posts().create(Post.draft("Second", "").build());
            assertThatThrownBy(() -> lib.posts().save(second.toBuilder().slug("first").build(), false))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("already used");
        }
    }

    @Test
    void reorderTouchesOneRow() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            List<PostSummary> posts = lib.posts().list(PostQuery.all());
            long last = posts.get(5).id();
            long before = TestLibraries.queryLong(lib.database(), "SELECT total_changes()");
            lib.organizer().move(last, posts.get(0).id(), posts.get(1).id());
            long after = TestLibraries.queryLong(lib.database(), "SELECT total_changes()");
            // The post's row, plus the triggers' three: its version, the version counter and the change marker.
            assertThat(after - before).isEqualTo(4);
            assertThat(manualOrder(lib)).containsExactly("postgresql-multi-tenant-schema-design", "ai-chatbots-lessons",
                    "monorepo-vs-polyrepo", "startup-authentication-mistakes", "technical-due-diligence",
                    "missing-index-post-mortem");
        }
    }

    @Test
    void manyMovesIntoTheSameGapStillOrderCorrectly() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            List<PostSummary> posts = lib.posts().list(PostQuery.all());
            long a = posts.get(0).id();
            long b = posts.get(1).id();
            long mover1 = posts.get(4).id();
            long mover2 = posts.get(5).id();
            for (int i = 0; i < 80; i++) {
                lib.organizer().move(mover1, a, b);
                lib.organizer().move(mover2, a, mover1);
                b = mover1;
                long t = mover1;
                mover1 = mover2;
                mover2 = t;
            }
            List<String> order = manualOrder(lib);
            assertThat(order).hasSize(6).doesNotHaveDuplicates();
            assertThat(order.get(0)).isEqualTo("postgresql-multi-tenant-schema-design");
        }
    }

    @Test
    void newPostsGoToTheTopOfTheManualOrder() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            lib.posts().create(Post.draft("Fresh idea", "").build());
            assertThat(manualOrder(lib).get(0)).isEqualTo("fresh-idea");
        }
    }

    @Test
    void fullTextSearchFindsWordsAndPrefixesAndFollowsEdits() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            assertThat(lib.posts().search("postgres")).hasSize(2);
            assertThat(lib.posts().search("tag:LLM")).extracting(PostSummary::slug).containsExactly("ai-chatbots-lessons");
            assertThat(lib.posts().search("category:performance")).hasSize(2);
            Post p = lib.posts().findBySlug("monorepo-vs-polyrepo").orElseThrow();
            lib.posts().autosave(p.id(), p.title(), p.body() + "\n\nZyzzyva appears here.");
            assertThat(lib.posts().search("zyzzy")).extracting(PostSummary::id).containsExactly(p.id());
            lib.organizer().trash(List.of(p.id()));
            assertThat(lib.posts().search("zyzzyva")).isEmpty();
            assertThat(lib.posts().search("is:trashed zyzzyva")).hasSize(1);
        }
    }

    @Test
    void trashRestoreAndEmpty() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            List<Long> two = lib.posts().list(PostQuery.all()).stream().limit(2).map(PostSummary::id).toList();
            lib.organizer().trash(two);
            assertThat(lib.posts().count(PostQuery.all())).isEqualTo(4);
            assertThat(lib.posts().count(PostQuery.all().withTrashed(true))).isEqualTo(2);
            lib.organizer().restore(List.of(two.get(0)));
            assertThat(lib.posts().count(PostQuery.all())).isEqualTo(5);
            assertThat(lib.organizer().emptyTrash()).isEqualTo(1);
            assertThat(lib.posts().find(two.get(1))).isEmpty();
            assertThat(lib.posts().find(two.get(0))).isPresent();
        }
    }

    @Test
    void bulkCategoryTagsStatusAndFeature() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            List<Long> ids = lib.posts().list(PostQuery.all()).stream().limit(3).map(PostSummary::id).toList();
            long security = lib.taxonomy().categoryNamed("Security").id();
            lib.organizer().setCategory(ids, security);
            lib.organizer().addTag(ids, "Weekly");
            lib.organizer().setStatus(ids, PostStatus.DRAFT);
            lib.organizer().setFeatured(ids, true);
            assertThat(lib.posts().search("category:security")).hasSize(3);
            assertThat(lib.posts().search("tag:weekly is:draft is:featured")).hasSize(3);
            lib.organizer().removeTag(ids, "weekly");
            assertThat(lib.posts().search("tag:weekly")).isEmpty();
        }
    }

    @Test
    void publishingWithAFutureDateSchedulesAndTheDueOnesPublish() {
        TestLibraries.MutableClock clock = new TestLibraries.MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
        try (BlogLibrary lib = TestLibraries.fresh(dir, clock)) {
            Post p = lib.posts().create(Post.draft("Later", "soon").status(PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2026-05-02T10:00:00Z")).build());
            assertThat(p.status()).isEqualTo(PostStatus.SCHEDULED);
            assertThat(lib.indexPosts(false)).isEmpty();
            clock.advanceSeconds(2 * 86400);
            assertThat(lib.posts().publishDue()).isEqualTo(1);
            assertThat(lib.posts().find(p.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
            assertThat(lib.indexPosts(false)).hasSize(1);
        }
    }

    @Test
    void autosavesKeepOneRevisionPerIntervalAndExplicitSavesKeepEach() {
        TestLibraries.MutableClock clock = new TestLibraries.MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
        try (BlogLibrary lib = TestLibraries.fresh(dir, clock)) {
            Post p = lib.posts().create(Post.draft("Draft", "v0").build());
            for (int i = 1; i <= 30; i++) {
                clock.advanceSeconds(1);
                lib.posts().autosave(p.id(), "Draft", "v" + i);
            }
            assertThat(lib.revisions().history(p.id())).hasSize(1);
            clock.advanceSeconds(RevisionKeeper.AUTOSAVE_INTERVAL.toSeconds() + 1);
            lib.posts().autosave(p.id(), "Draft", "later");
            assertThat(lib.revisions().history(p.id())).hasSize(2);
            Post current = lib.posts().find(p.id()).orElseThrow();
            lib.posts().save(current.toBuilder().body("explicit one").build(), true);
            lib.posts().save(lib.posts().find(p.id()).orElseThrow().toBuilder().body("explicit two").build(), true);
            List<Revision> history = lib.revisions().history(p.id());
            assertThat(history).hasSize(4);
            assertThat(history.get(0).body()).isEqualTo("explicit two");
        }
    }

    @Test
    void aRevisionRestoresTextAndMetadata() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            Post original = lib.posts().findBySlug("ai-chatbots-lessons").orElseThrow();
            lib.posts().save(original, true);
            Revision kept = lib.revisions().history(original.id()).get(0);
            lib.posts().save(lib.posts().find(original.id()).orElseThrow().toBuilder().title("Changed")
                    .body("gone").tags(List.of()).icon("").build(), true);
            Post restored = lib.posts().save(RevisionKeeper.applyTo(lib.posts().find(original.id()).orElseThrow(), kept), true);
            assertThat(restored.title()).isEqualTo(original.title());
            assertThat(restored.body()).isEqualTo(original.body());
            assertThat(restored.tags()).isEqualTo(original.tags());
            assertThat(restored.icon()).isEqualTo(original.icon());
        }
    }

    @Test
    void listingsNeverCarryBodiesAndSortByEachKey() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            assertThat(lib.posts().list(PostQuery.all().sortedBy(PostSort.TITLE, false)).get(0).title())
                    .startsWith("Everything Wrong");
            assertThat(lib.posts().list(PostQuery.all().sortedBy(PostSort.PUBLISHED, true)).get(0).slug())
                    .isEqualTo("postgresql-multi-tenant-schema-design");
            assertThat(lib.posts().list(PostQuery.all().page(2, 2))).hasSize(2);
        }
    }

    @Test
    void duplicatesAreDraftsBesideTheOriginal() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            Post original = lib.posts().findBySlug("technical-due-diligence").orElseThrow();
            Post copy = lib.posts().duplicate(List.of(original.id())).get(0);
            assertThat(copy.status()).isEqualTo(PostStatus.DRAFT);
            assertThat(copy.slug()).isEqualTo("technical-due-diligence-copy");
            assertThat(copy.body()).isEqualTo(original.body());
            List<String> order = manualOrder(lib);
            assertThat(order.indexOf(copy.slug())).isEqualTo(order.indexOf(original.slug()) - 1);
        }
    }

    @Test
    void categoriesMergeAndDeleteWithoutLosingPosts() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            long perf = lib.taxonomy().findCategory("Performance").orElseThrow().id();
            long devops = lib.taxonomy().findCategory("DevOps").orElseThrow().id();
            lib.taxonomy().mergeCategory(perf, devops);
            assertThat(lib.posts().search("category:devops")).hasSize(3);
            lib.taxonomy().deleteCategory(devops);
            assertThat(lib.stats().posts()).isEqualTo(6);
            assertThat(lib.posts().findBySlug("monorepo-vs-polyrepo").orElseThrow().categoryId()).isNull();
        }
    }

    @Test
    void createAllStoresWhatOneCreateAfterAnotherWould() {
        List<Post> drafts = List.of(
                Post.draft("AI & ML", "One two three.").tags(List.of("Java", "SQL")).build(),
                Post.draft("AI & ML", "Four.").tags(List.of("java", "Go")).build(),
                Post.draft("Weighted", "Five six.").position(7.5).build(),
                Post.draft("Last", "Seven.").slug("ai-ml-2").build());
        List<String> one;
        try (BlogLibrary lib = TestLibraries.fresh(dir.resolve("one"))) {
            lib.posts().create(Post.draft("Existing", "x").build());
            drafts.forEach(d -> lib.posts().create(d));
            one = rows(lib);
        }
        try (BlogLibrary lib = TestLibraries.fresh(dir.resolve("all"))) {
            lib.posts().create(Post.draft("Existing", "x").build());
            List<Post> stored = lib.posts().createAll(drafts, new int[] {3, 1, 2, 1});
            assertThat(stored).extracting(Post::slug).containsExactly("ai-ml", "ai-ml-2", "weighted", "ai-ml-2-2");
            assertThat(rows(lib)).isEqualTo(one);
            assertThat(lib.posts().search("four")).extracting(PostSummary::slug).containsExactly("ai-ml-2");
        }
    }

    private static List<String> rows(BlogLibrary lib) {
        return lib.posts().posts(PostQuery.all()).stream()
                .map(p -> p.id() + " " + p.slug() + " " + p.position() + " " + p.tags() + " " + p.status())
                .toList();
    }
}
