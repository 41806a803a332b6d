package dev.blogwright.gui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.UndoStack.Command;
import dev.blogwright.gui.fakes.FakePosts;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The post list's undoable commands on fake posts: each undo puts back what the rows showed before. */
class PostCommandsFakesTest {
    private final FakePosts posts = new FakePosts(Instant.parse("2025-03-01T10:00:00Z"));
    private final PostCommands commands = new PostCommands(posts, posts);

    private List<PostSummary> rows() {
        return posts.list(PostQuery.all());
    }

    @Test
    void undoingAStatusChangeGivesEachPostItsOwnStatusBack() {
        Post draft = posts.add(Post.draft("Draft", ""));
        Post scheduled = posts.add(Post.draft("Later", "").status(PostStatus.SCHEDULED)
                .publishedAt(Instant.parse("2025-04-01T00:00:00Z")));
        Command publish = commands.setStatus(rows(), PostStatus.PUBLISHED);
        assertThat(posts.get(draft.id()).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(posts.get(scheduled.id()).status()).isEqualTo(PostStatus.PUBLISHED);
        publish.undo().run();
        assertThat(posts.get(draft.id()).status()).isEqualTo(PostStatus.DRAFT);
        assertThat(posts.get(scheduled.id()).status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(publish.label()).isEqualTo("Publish");
    }

    @Test
    void onlyPostsThatLackedATagLoseItOnUndo() {
        posts.add(Post.draft("Tagged", "").tags(List.of("Java")));
        Post plain = posts.add(Post.draft("Plain", ""));
        Command add = commands.addTag(rows(), "java");
        posts.calls.clear();
        add.undo().run();
        assertThat(posts.calls).containsExactly("removeTag [" + plain.id() + "] java");
    }

    @Test
    void undoingADuplicateTrashesTheCopies() {
        posts.add(Post.draft("Original", "text"));
        PostCommands.DuplicateResult result = commands.duplicate(rows());
        result.command().undo().run();
        assertThat(result.copyIds()).hasSize(1);
        assertThat(posts.get(result.copyIds().get(0)).trashed()).isTrue();
    }
}
