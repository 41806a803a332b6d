package dev.blogwright.gui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.logic.post.PageTree;
import dev.blogwright.logic.post.PostSort;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The post list in Pages mode, on a real library: what only posts have (category filter, Scheduled tab, date
 * order, Category and Date columns) leaves, the count line says pages, a sub-page reads under its parent, and New
 * makes a page.
 */
@Timeout(60)
class PagesModeTest extends FxRobot {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private PostListViewModel vm;
    private Post about;

    @BeforeEach
    void mount() throws Exception {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        library.installSample();
        about = library.posts().create(Post.draft("About", "Who we are.").kind(PostKind.PAGE).build());
        library.posts().create(Post.draft("Team", "The people.").kind(PostKind.PAGE).parentId(about.id()).build());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            vm = new ViewModels(library).postList(UiExecutor.direct(), new FakeDialogService());
            PostListView view = new PostListView(vm);
            stage.setScene(new Scene(view.node(), 420, 700));
            stage.show();
            vm.reload();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
        library.close();
    }

    private static void settle(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private TableView<PostSummary> table() {
        return lookup(".table-view").queryTableView();
    }

    private boolean shown(String id) {
        return lookup(id).query().isVisible();
    }

    private List<String> columns() {
        return table().getColumns().stream().map(TableColumn::getText).toList();
    }

    @Test
    void pagesModeHidesWhatOnlyPostsHaveAndCountsPages() throws Exception {
        settle(() -> table().getItems().size() == 6);
        assertThat(shown("#categoryBox")).isTrue();
        assertThat(vm.summaryProperty().get()).startsWith("6 posts · ");
        interact(() -> vm.sortProperty().set(PostSort.PUBLISHED));

        clickOn("#kind-pages");
        settle(() -> table().getItems().size() == 2);
        assertThat(shown("#categoryBox")).isFalse();
        assertThat(shown("#tab-scheduled")).isFalse();
        assertThat(lookup("#tab-drafts").queryAs(ToggleButton.class).isVisible()).isTrue();
        assertThat(columns()).doesNotContain("Category", "Date").contains("Title", "Status", "Words");
        @SuppressWarnings("unchecked")
        ComboBox<PostSort> sort = lookup("#sortBox").queryAs(ComboBox.class);
        assertThat(sort.getItems()).doesNotContain(PostSort.PUBLISHED);
        assertThat(vm.sortProperty().get()).isEqualTo(PostSort.MANUAL);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 pages · 0 published · 2 drafts · 0 in trash");
        // The rows still show the posts until the next layout pulse; lay them out now.
        interact(() -> {
            table().getScene().getRoot().applyCss();
            table().getScene().getRoot().layout();
        });
        // The sub-page reads under its parent.
        assertThat(lookup(".post-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("About", "About ▸ Team");
        assertThat(lookup(".post-meta").queryAllAs(Label.class)).extracting(Label::getText)
                .allSatisfy(m -> assertThat(m).startsWith("Draft · ").endsWith(" words"));

        clickOn("#kind-posts");
        settle(() -> table().getItems().size() == 6);
        assertThat(shown("#categoryBox")).isTrue();
        assertThat(shown("#tab-scheduled")).isTrue();
        assertThat(columns()).containsExactly("Icon", "Title", "Category", "Status", "Date", "Words");
        assertThat(vm.summaryProperty().get()).startsWith("6 posts · ");
    }

    @Test
    void newInPagesModeMakesAPageAndSelectsIt() throws Exception {
        clickOn("#kind-pages");
        settle(() -> table().getItems().size() == 2);
        interact(() -> vm.actions().newPost());
        settle(() -> table().getItems().size() == 3 && vm.singleSelection() != null);
        Post made = library.posts().find(vm.singleSelection().id()).orElseThrow();
        assertThat(made.kind()).isEqualTo(PostKind.PAGE);
        assertThat(made.title()).isEqualTo("Untitled");
        assertThat(vm.summaryProperty().get()).startsWith("3 pages · ");
    }

    @Test
    void aFirstStartWhereAPageWasOpenLastTurnsToThePagesAndSelectsIt() throws Exception {
        interact(() -> vm.reloadSelectingOrFirst(List.of(about.id())));
        settle(() -> vm.singleSelection() != null && vm.singleSelection().id() == about.id());
        assertThat(vm.kindProperty().get()).isEqualTo(PostKind.PAGE);
        assertThat(lookup("#kind-pages").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(vm.summaryProperty().get()).startsWith("2 pages · ");
    }

    @Test
    void anEmptyPagesListSaysHowToMakeOne() throws Exception {
        interact(() -> {
            vm.searchProperty().set("nothing-is-called-this");
            vm.kindProperty().set(PostKind.PAGE);
        });
        settle(() -> table().getItems().isEmpty() && vm.shownKindProperty().get() == PostKind.PAGE);
        Label empty = (Label) table().getPlaceholder();
        assertThat(empty.getText()).isEqualTo("No pages match.");
        library.organizer().trash(vm.services().posts().pageTree().inTreeOrder().stream()
                .map(PageTree.Page::id).toList());
        library.organizer().emptyTrash();
        interact(() -> vm.searchProperty().set(""));
        settle(() -> vm.counts().get(StatusFilter.ALL) == 0);
        assertThat(table().getItems()).isEmpty();
        assertThat(empty.getText()).startsWith("No pages yet. New (Ctrl+N) makes one");
        clickOn("#kind-posts");
        settle(() -> table().getItems().size() == 6);
        assertThat(empty.getText()).isEqualTo("No posts match.");
    }
}
