package dev.blogwright.gui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Tab counts under a search, and rows that follow the editor's saves. */
@Timeout(30)
class PostListSearchTest {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private PostListViewModel vm;
    private Post scheduled;

    @BeforeEach
    void open() {
        library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE);
        library.posts().create(Post.draft("Out already", "text").status(PostStatus.PUBLISHED)
                .publishedAt(Instant.parse("2024-01-01T00:00:00Z")).build());
        scheduled = library.posts().create(Post.draft("Coming soon", "text").status(PostStatus.SCHEDULED)
                .publishedAt(Instant.parse("2099-01-01T00:00:00Z")).build());
        vm = new ViewModels(library).postList(UiExecutor.direct(), new FakeDialogService());
        vm.reload();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void isScheduledCountsOnlyTheScheduledTab() {
        assertThat(vm.counts().get(StatusFilter.SCHEDULED)).isEqualTo(1);
        vm.searchProperty().set("is:scheduled");
        assertThat(vm.counts()).containsEntry(StatusFilter.ALL, 1).containsEntry(StatusFilter.SCHEDULED, 1)
                .containsEntry(StatusFilter.DRAFTS, 0).containsEntry(StatusFilter.PUBLISHED, 0)
                .containsEntry(StatusFilter.TRASH, 0);
        assertThat(vm.posts()).extracting(PostSummary::id).containsExactly(scheduled.id());
    }

    @Test
    void aTabTheSearchExcludesShowsNoRows() {
        vm.searchProperty().set("is:scheduled");
        vm.statusProperty().set(StatusFilter.PUBLISHED);
        assertThat(vm.posts()).isEmpty();
        vm.statusProperty().set(StatusFilter.SCHEDULED);
        assertThat(vm.posts()).hasSize(1);
    }

    @Test
    void trashedSearchCountsOnlyTheTrash() {
        library.organizer().trash(List.of(scheduled.id()));
        vm.searchProperty().set("is:trashed");
        assertThat(vm.counts()).containsEntry(StatusFilter.TRASH, 1).containsEntry(StatusFilter.ALL, 0)
                .containsEntry(StatusFilter.SCHEDULED, 0);
    }

    @Test
    void aTextSaveUpdatesTheRowsWordsInPlace() {
        int index = vm.posts().stream().map(PostSummary::id).toList().indexOf(scheduled.id());
        Post saved = library.posts().find(scheduled.id()).orElseThrow().toBuilder()
                .body("one two three four five").build();
        vm.postSaved(saved);
        assertThat(vm.posts()).hasSize(2);
        assertThat(vm.posts().get(index).id()).isEqualTo(scheduled.id());
        assertThat(vm.words(vm.posts().get(index))).isEqualTo(5);
    }

    @Test
    void aStatusChangeFromTheEditorReloadsTheList() {
        vm.statusProperty().set(StatusFilter.SCHEDULED);
        library.organizer().setStatus(List.of(scheduled.id()), PostStatus.DRAFT);
        vm.postSaved(library.posts().find(scheduled.id()).orElseThrow());
        assertThat(vm.posts()).isEmpty();
        assertThat(vm.counts().get(StatusFilter.DRAFTS)).isEqualTo(1);
    }
}
