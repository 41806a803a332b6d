package dev.blogwright.logic.post;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.store.TestLibraries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostService's slug policy for the editor's saves: a slug that cannot be used never refuses the text, and a
 * published post's slug does not follow its title.
 */
class SaveEditSlugTest {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private PostService posts;
    private Post second;

    @BeforeEach
    void open() {
        library = TestLibraries.fresh(dir);
        posts = library.posts();
        posts.create(Post.draft("First", "one").build());
        second = posts.create(Post.draft("Second", "two").build());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aFreeSlugIsStored() {
        Post saved = posts.saveEdit(second.id(), p -> p.toBuilder().slug("my-own").build(), false, false);
        assertThat(saved.slug()).isEqualTo("my-own");
    }

    @Test
    void aTakenSlugKeepsTheStoredOneAndTheTextIsSaved() {
        Post saved = posts.saveEdit(second.id(), p -> p.toBuilder().slug("first").body("two, rewritten").build(),
                false, false);
        assertThat(saved.slug()).isEqualTo("second");
        assertThat(saved.body()).isEqualTo("two, rewritten");
    }

    @Test
    void anInvalidOrBlankSlugKeepsTheStoredOne() {
        assertThat(posts.saveEdit(second.id(), p -> p.toBuilder().slug("../etc").build(), false, false).slug())
                .isEqualTo("second");
        assertThat(posts.saveEdit(second.id(), p -> p.toBuilder().slug(" ").build(), false, false).slug())
                .isEqualTo("second");
    }

    @Test
    void aTakenSlugThatFollowsTheTitleBecomesAFreeOneFromTheTitle() {
        Post saved = posts.saveEdit(second.id(), p -> p.toBuilder().title("First").slug("first").build(), false,
                true);
        assertThat(saved.slug()).isEqualTo("first-2");
        assertThat(saved.title()).isEqualTo("First");
    }

    private Post published(String title) {
        return posts.create(Post.draft(title, "live").status(PostStatus.PUBLISHED)
                .publishedAt(Instant.parse("2024-05-01T08:00:00Z")).build());
    }

    @Test
    void aPublishedPostKeepsItsSlugWhenItsTitleChanges() {
        Post live = published("Jekyll 4.4.0 Released");
        Post saved = posts.saveEdit(live.id(), p -> p.toBuilder().title("Jekyll 4.4.0 Released (edited)")
                .slug("jekyll-4-4-0-released-edited").build(), false, true);
        assertThat(saved.slug()).isEqualTo("jekyll-4-4-0-released");
        assertThat(saved.title()).isEqualTo("Jekyll 4.4.0 Released (edited)");
    }

    @Test
    void aSlugTypedByHandOnAPublishedPostIsStored() {
        Post live = published("Live post");
        Post saved = posts.saveEdit(live.id(), p -> p.toBuilder().slug("moved-on-purpose").build(), false, false);
        assertThat(saved.slug()).isEqualTo("moved-on-purpose");
    }

    @Test
    void anImportedPublishedPostNeverFollowsItsTitle() {
        Post imported = posts.createAll(List.of(Post.draft("Imported", "x").status(PostStatus.PUBLISHED)
                .publishedAt(Instant.parse("2020-01-01T00:00:00Z")).build()), new int[] {1}).get(0);
        assertThat(SlugPolicy.followsTitle(imported, Instant.now())).isFalse();
        Post saved = posts.saveEdit(imported.id(), p -> p.toBuilder().title("Renamed").slug("renamed").build(),
                false, true);
        assertThat(saved.slug()).isEqualTo("imported");
    }

    @Test
    void aDraftTakenBackAfterPublishingKeepsItsSlug() {
        Post live = published("Was live");
        Post unpublished = posts.save(posts.find(live.id()).orElseThrow().toBuilder().status(PostStatus.DRAFT)
                .build(), false);
        Post saved = posts.saveEdit(unpublished.id(), p -> p.toBuilder().title("Now renamed").slug("now-renamed")
                .build(), false, true);
        assertThat(saved.slug()).isEqualTo("was-live");
    }

    @Test
    void aNeverPublishedDraftFollowsItsTitleUntilPublished() {
        assertThat(SlugPolicy.followsTitle(second, Instant.now())).isTrue();
        Post renamed = posts.saveEdit(second.id(), p -> p.toBuilder().title("Second, renamed")
                .slug("second-renamed").status(PostStatus.PUBLISHED).build(), false, true);
        assertThat(renamed.slug()).isEqualTo("second-renamed");
        assertThat(SlugPolicy.followsTitle(renamed, Instant.now())).isFalse();
    }
}
