package dev.blogwright.logic.post;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.model.Post;
import dev.blogwright.store.TestLibraries;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostService's slug policy for the editor's saves: a slug that cannot be used never refuses the text. */
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
}
