package dev.blogwright.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.fakes.FakePosts;
import dev.blogwright.model.Post;
import dev.blogwright.model.Revision;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history dialog's view model on fakes of the revision history and the posts: no database, no Stage. */
class HistoryViewModelFakesTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final FakePosts posts = new FakePosts(NOW);
    private final Post post = posts.add(Post.draft("Now", "the text now"));
    private final Revision older = new Revision(7, post.id(), Instant.parse("2025-02-01T09:30:00Z"), "Then",
            "the text then", "{}");

    @Test
    void theNewestRevisionIsSelectedAndDescribed() {
        HistoryViewModel vm = new HistoryViewModel(id -> id == post.id() ? List.of(older) : List.of(), posts,
                post.id(), "the text now", ZoneOffset.UTC);
        vm.show(vm.load());
        assertThat(vm.selectedProperty().get()).isEqualTo(older);
        assertThat(vm.describe(older)).isEqualTo("1 Feb 2025, 09:30:00 · 3 words\nThen");
        assertThat(vm.getDiff()).isNotEmpty();
    }

    @Test
    void restoringSavesTheRevisionsTextAsThePost() {
        HistoryViewModel vm = new HistoryViewModel(id -> List.of(older), posts, post.id(), "the text now",
                ZoneOffset.UTC);
        Post restored = vm.restore(older);
        assertThat(posts.calls).containsExactly("save " + post.id());
        assertThat(restored.title()).isEqualTo("Then");
        assertThat(posts.get(post.id()).body()).isEqualTo("the text then");
    }
}
