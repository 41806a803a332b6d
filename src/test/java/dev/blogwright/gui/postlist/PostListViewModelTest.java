package dev.blogwright.gui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.PostSort;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class PostListViewModelTest {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private PostListViewModel vm;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void openSample() {
        library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE);
        library.installSample();
        vm = new ViewModels(library).postList(UiExecutor.direct(), dialogs);
        vm.reload();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<String> slugs() {
        return vm.posts().stream().map(PostSummary::slug).toList();
    }

    @Test
    void loadsTheSampleWithCountsPerTab() {
        assertThat(vm.posts()).hasSize(6);
        assertThat(vm.counts().get(StatusFilter.ALL)).isEqualTo(6);
        assertThat(vm.counts().get(StatusFilter.PUBLISHED)).isEqualTo(6);
        assertThat(vm.counts().get(StatusFilter.DRAFTS)).isZero();
        assertThat(vm.counts().get(StatusFilter.TRASH)).isZero();
    }

    @Test
    void searchFiltersListAndCounts() {
        vm.searchProperty().set("postgres");
        assertThat(vm.posts()).hasSize(2);
        assertThat(vm.counts().get(StatusFilter.ALL)).isEqualTo(2);
    }

    @Test
    void searchPrefixSelectsCategory() {
        vm.searchProperty().set("category:security");
        assertThat(slugs()).containsExactly("startup-authentication-mistakes");
    }

    @Test
    void categoryFilterNarrowsTheList() {
        vm.categoryProperty().set(vm.categories().stream().filter(c -> c.name().equals("DevOps")).findFirst()
                .orElseThrow());
        assertThat(slugs()).containsExactly("monorepo-vs-polyrepo");
    }

    @Test
    void trashMovesPostsToTheTrashTabAndUndoRestores() {
        List<PostSummary> two = vm.posts().subList(0, 2).stream().toList();
        vm.actions().trash(two);
        assertThat(vm.posts()).hasSize(4);
        assertThat(vm.counts().get(StatusFilter.TRASH)).isEqualTo(2);
        vm.actions().undo();
        assertThat(vm.posts()).hasSize(6);
        assertThat(vm.counts().get(StatusFilter.TRASH)).isZero();
    }

    @Test
    void bulkCategoryIsUndoneToEachPostsOwnCategory() {
        List<PostSummary> before = List.copyOf(vm.posts());
        dialogs.answers.add("Databases");
        vm.actions().setNewCategory(before.subList(0, 3));
        assertThat(vm.posts().subList(0, 3)).extracting(PostSummary::categoryName).containsOnly("Databases");
        vm.actions().undo();
        assertThat(vm.posts()).extracting(PostSummary::categoryName)
                .containsExactlyElementsOf(before.stream().map(PostSummary::categoryName).toList());
        vm.actions().redo();
        assertThat(vm.posts().subList(0, 3)).extracting(PostSummary::categoryName).containsOnly("Databases");
    }

    @Test
    void moveDownPersistsAndUndoRestoresTheOrder() {
        List<String> original = slugs();
        vm.actions().moveBy(List.of(vm.posts().get(0)), 1);
        assertThat(slugs().get(1)).isEqualTo(original.get(0));
        assertThat(library.posts().list(PostQuery.all()).get(1).slug()).isEqualTo(original.get(0));
        vm.actions().undo();
        assertThat(slugs()).containsExactlyElementsOf(original);
    }

    @Test
    void dropPutsRowsBeforeTheTarget() {
        List<String> original = slugs();
        vm.actions().moveTo(List.of(vm.posts().get(5)), 0);
        assertThat(slugs().get(0)).isEqualTo(original.get(5));
    }

    @Test
    void reorderIsRefusedOutsideManualSort() {
        vm.sortProperty().set(PostSort.TITLE);
        List<String> before = slugs();
        vm.actions().moveBy(List.of(vm.posts().get(0)), 1);
        assertThat(slugs()).containsExactlyElementsOf(before);
        assertThat(vm.undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void unpublishUndoRestoresPublished() {
        vm.actions().setStatus(List.of(vm.posts().get(0)), PostStatus.DRAFT);
        assertThat(vm.counts().get(StatusFilter.DRAFTS)).isEqualTo(1);
        vm.actions().undo();
        assertThat(vm.counts().get(StatusFilter.DRAFTS)).isZero();
    }

    @Test
    void addTagUndoKeepsTagsPostsAlreadyHad() {
        List<PostSummary> rows = List.copyOf(vm.posts());
        vm.actions().addTag(rows, "PostgreSQL");
        vm.actions().undo();
        assertThat(library.posts().tagNames(List.of(rows.get(0).id())).get(rows.get(0).id()))
                .contains("PostgreSQL");
        assertThat(library.posts().tagNames(List.of(rows.get(1).id())).getOrDefault(rows.get(1).id(), List.of()))
                .doesNotContain("PostgreSQL");
    }

    @Test
    void newPostIsAnUntitledDraftAtTheTopAndRequestedForSelection() {
        vm.actions().newPost();
        assertThat(vm.posts().get(0).title()).isEqualTo("Untitled");
        assertThat(vm.posts().get(0).status()).isEqualTo(PostStatus.DRAFT);
        assertThat(vm.selectionRequestProperty().get()).containsExactly(vm.posts().get(0).id());
    }

    @Test
    void emptyTrashAsksFirstAndClearsTheHistory() {
        vm.actions().trash(List.of(vm.posts().get(0)));
        dialogs.confirmAnswer = false;
        vm.actions().emptyTrash();
        assertThat(vm.counts().get(StatusFilter.TRASH)).isEqualTo(1);
        dialogs.confirmAnswer = true;
        vm.actions().emptyTrash();
        assertThat(vm.counts().get(StatusFilter.TRASH)).isZero();
        assertThat(vm.undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void duplicateUndoSendsCopiesToTheTrash() {
        vm.actions().duplicate(List.of(vm.posts().get(2)));
        assertThat(vm.posts()).hasSize(7);
        vm.actions().undo();
        assertThat(vm.posts()).hasSize(6);
        assertThat(vm.counts().get(StatusFilter.TRASH)).isEqualTo(1);
    }
}
