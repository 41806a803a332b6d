package dev.blogwright.gui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.fakes.FakePosts;
import dev.blogwright.gui.fakes.FakeTaxonomy;
import dev.blogwright.logic.Transactions;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The post list's view model and its bulk actions on fakes of the services they use: no database, no Stage. */
class PostListViewModelFakesTest {
    private final FakePosts posts = new FakePosts(Instant.parse("2025-03-01T10:00:00Z"));
    private final FakeTaxonomy taxonomy = new FakeTaxonomy();
    private final FakeDialogService dialogs = new FakeDialogService();
    private int transactions;
    private final Transactions reads = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            transactions++;
            return work.get();
        }
    };
    private PostListViewModel vm;
    private Post draft;
    private Post published;

    @BeforeEach
    void load() {
        draft = posts.add(Post.draft("A draft", "one two"));
        published = posts.add(Post.draft("Out there", "three").status(PostStatus.PUBLISHED)
                .publishedAt(Instant.parse("2025-02-01T00:00:00Z")));
        vm = new PostListViewModel(new PostListServices(posts, posts, taxonomy, reads), UiExecutor.direct(),
                dialogs);
        vm.reload();
    }

    private List<String> titles() {
        return vm.posts().stream().map(PostSummary::title).toList();
    }

    @Test
    void theRowsAndEveryTabsCountAreReadInOneTransaction() {
        assertThat(titles()).containsExactly("A draft", "Out there");
        assertThat(vm.counts()).containsEntry(StatusFilter.ALL, 2).containsEntry(StatusFilter.DRAFTS, 1)
                .containsEntry(StatusFilter.PUBLISHED, 1).containsEntry(StatusFilter.TRASH, 0);
        assertThat(transactions).isEqualTo(1);
    }

    @Test
    void aTabShowsOnlyItsPosts() {
        vm.statusProperty().set(StatusFilter.PUBLISHED);
        assertThat(titles()).containsExactly("Out there");
    }

    @Test
    void trashingGoesThroughTheOrganizerAndUndoRestores() {
        vm.actions().trash(List.copyOf(vm.posts().subList(0, 1)));
        assertThat(posts.calls).containsExactly("trash [" + draft.id() + "]");
        assertThat(titles()).containsExactly("Out there");
        vm.actions().undo();
        assertThat(posts.calls).endsWith("restore [" + draft.id() + "]");
        assertThat(titles()).containsExactly("A draft", "Out there");
    }

    @Test
    void aNewCategoryIsMadeByTheTaxonomyAndSetOnTheRows() {
        dialogs.answers.add("Field notes");
        vm.actions().setNewCategory(List.copyOf(vm.posts()));
        long id = taxonomy.categories().get(0).id();
        assertThat(taxonomy.calls).containsExactly("create category Field notes");
        assertThat(posts.calls).containsExactly("setCategory [" + draft.id() + ", " + published.id() + "] " + id);
        assertThat(vm.categories()).extracting(c -> c.name()).containsExactly("Field notes");
    }

    @Test
    void aNewPostIsCreatedAndAskedToBeSelected() {
        vm.actions().newPost();
        assertThat(posts.calls).containsExactly("create");
        assertThat(titles()).contains("Untitled");
        assertThat(vm.selectionRequestProperty().get()).hasSize(1);
    }
}
