package dev.blogwright.gui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A first start shows one page of a large library before the rest; the steps are run one at a time here. */
@Timeout(30)
class PostListFirstPageTest {
    private static final int POSTS = PostListViewModel.FIRST_PAGE + 50;

    @TempDir
    Path dir;
    private BlogLibrary library;
    private PostListViewModel vm;
    private final Deque<Runnable> queued = new ArrayDeque<>();

    /** Holds each read until {@link #step()} runs it, to look at the list in between. */
    private final UiExecutor stepped = new UiExecutor() {
        @Override
        public <T> void read(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> UiExecutor.direct().read(work, onSuccess, onFailure));
        }

        @Override
        public <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            UiExecutor.direct().write(work, onSuccess, onFailure);
        }
    };

    @BeforeEach
    void openLargeLibrary() {
        library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE);
        for (int i = 0; i < POSTS; i++) {
            library.posts().create(Post.draft("Post " + i, "Body " + i).build());
        }
        vm = new ViewModels(library).postList(stepped, new FakeDialogService());
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void step() {
        queued.removeFirst().run();
    }

    @Test
    void firstStartShowsOnePageWithFullCountsThenEveryRow() {
        vm.reloadSelectingOrFirst(List.of());
        step();
        assertThat(vm.posts()).hasSize(PostListViewModel.FIRST_PAGE);
        assertThat(vm.counts().get(StatusFilter.ALL)).isEqualTo(POSTS);
        assertThat(vm.loadingProperty().get()).isTrue();
        step();
        assertThat(vm.posts()).hasSize(POSTS);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void rememberedPostBeyondTheFirstPageIsSelectedOnceEveryRowIsIn() {
        vm.reload();
        step();
        PostSummary last = vm.posts().get(POSTS - 1);
        vm.reloadSelectingOrFirst(List.of(last.id()));
        step();
        step();
        assertThat(vm.selectionRequestProperty().get()).containsExactly(last.id());
    }

    @Test
    void selectionMadeWhileTheRestLoadsIsKept() {
        vm.reloadSelectingOrFirst(List.of());
        step();
        PostSummary chosen = vm.posts().get(5);
        vm.select(List.of(chosen));
        step();
        assertThat(vm.selectionRequestProperty().get()).containsExactly(chosen.id());
    }
}
