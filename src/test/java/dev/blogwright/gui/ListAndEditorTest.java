package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.editor.MarkdownEditorView;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The post list and the open editor kept in step, as a user drives them (issue 17). */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ListAndEditorTest {
    @TempDir
    static Path dir;
    private Path file;
    private Preferences node;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        file = dir.resolve("library-" + UUID.randomUUID() + ".db");
        node = TestWindows.freshPreferences();
        window = TestWindows.show(stage, TestWindows.sampleLibraryAt(file), node);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> window.close());
        TestWindows.remove(node);
    }

    private TableView<PostSummary> table(FxRobot robot) {
        return robot.lookup(".table-view").queryTableView();
    }

    private static void settle(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private MarkdownEditorView editor(FxRobot robot) {
        PostEditor[] made = new PostEditor[1];
        robot.interact(() -> made[0] = ((DeferredEditor) window.viewModel().editor()).create());
        return (MarkdownEditorView) made[0];
    }

    private Post stored(long id) {
        return window.viewModel().library().posts().find(id).orElseThrow();
    }

    private static Optional<TableRow<?>> row(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && r.getItem() != null).<TableRow<?>>map(r -> r).findFirst();
    }

    private ContextMenu showingMenu(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElse(null);
    }

    private void selectAndFocus(FxRobot robot, int index) throws Exception {
        settle(() -> table(robot).getItems().size() == 6);
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(index);
            table(robot).getFocusModel().focus(index);
            table(robot).requestFocus();
        });
    }

    @Test
    void rightClickOpensTheContextMenuAndAnItemActs(FxRobot robot) throws Exception {
        selectAndFocus(robot, 1);
        long id = table(robot).getItems().get(1).id();
        assertThat(stored(id).featured()).isFalse();
        // The table has its items before the next layout pulse gives them rows.
        settle(() -> row(robot, 1).isPresent());
        var row = row(robot, 1).orElseThrow();
        robot.clickOn(row, MouseButton.SECONDARY);
        // A desktop's glass turns the right button into a context-menu request; headless Monocle does not, so
        // the request the platform would send is fired at the row.
        robot.interact(() -> {
            Bounds b = row.localToScreen(row.getBoundsInLocal());
            Point2D local = row.screenToLocal(b.getMinX() + 20, b.getMinY() + 5);
            Event.fireEvent(row, new ContextMenuEvent(
                    ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    b.getMinX() + 20, b.getMinY() + 5, false, null));
        });
        settle(() -> showingMenu(robot) != null);
        MenuItem feature = showingMenu(robot).getItems().stream().filter(i -> "Feature".equals(i.getText()))
                .findFirst().orElseThrow();
        assertThat(feature.isDisable()).isFalse();
        robot.interact(feature::fire);
        settle(() -> stored(id).featured());
        robot.interact(() -> showingMenu(robot).hide());
    }

    @Test
    void shiftF10OpensTheContextMenu(FxRobot robot) throws Exception {
        selectAndFocus(robot, 0);
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        settle(() -> showingMenu(robot) != null);
        assertThat(showingMenu(robot).getItems()).extracting(MenuItem::getText).contains("Publish", "Add tag…");
        robot.interact(() -> showingMenu(robot).hide());
    }

    @Test
    void theMenuKeyOpensTheContextMenu(FxRobot robot) throws Exception {
        selectAndFocus(robot, 2);
        robot.type(KeyCode.CONTEXT_MENU);
        settle(() -> showingMenu(robot) != null);
        assertThat(showingMenu(robot).getItems()).extracting(MenuItem::getText).contains("Move to trash");
        robot.interact(() -> showingMenu(robot).hide());
    }

    @Test
    void bulkTagOnTheOpenPostThenATagInTheDetailsPaneKeepsBoth(FxRobot robot) throws Exception {
        selectAndFocus(robot, 0);
        MarkdownEditorView editor = editor(robot);
        long a = table(robot).getItems().get(0).id();
        settle(() -> editor.viewModel().getCurrent() != null && editor.viewModel().getCurrent().id() == a);
        List<String> before = stored(a).tags();
        robot.interact(() -> {
            table(robot).getSelectionModel().selectRange(0, 3);
            window.viewModel().list().actions().addTag(window.viewModel().list().selection(), "evergreen");
        });
        settle(() -> editor.viewModel().form().getTags().contains("evergreen"));
        robot.interact(() -> editor.viewModel().form().getTags().add("handbook"));
        robot.interact(() -> window.viewModel().editor().flush());
        assertThat(stored(a).tags()).containsAll(before).contains("evergreen", "handbook");
    }

    @Test
    void bulkUnpublishThenTypingKeepsTheStatus(FxRobot robot) throws Exception {
        selectAndFocus(robot, 0);
        MarkdownEditorView editor = editor(robot);
        long a = table(robot).getItems().get(0).id();
        settle(() -> editor.viewModel().getCurrent() != null && editor.viewModel().getCurrent().id() == a);
        robot.interact(() -> window.viewModel().list().actions().setStatus(
                List.copyOf(window.viewModel().list().selection()), PostStatus.DRAFT));
        settle(() -> editor.viewModel().form().statusProperty().get() == PostStatus.DRAFT);
        robot.interact(() -> {
            editor.area().moveTo(editor.area().getLength());
            editor.area().insertText(editor.area().getLength(), "\n\nOne more line.");
        });
        robot.interact(() -> window.viewModel().editor().saveWithRevision());
        robot.interact(() -> window.viewModel().editor().flush());
        assertThat(stored(a).status()).isEqualTo(PostStatus.DRAFT);
        assertThat(stored(a).body()).endsWith("One more line.");
    }

    @Test
    void theWordsColumnFollowsTheEditorsText(FxRobot robot) throws Exception {
        settle(() -> table(robot).getItems().size() == 6);
        robot.interact(() -> window.viewModel().list().actions().newPost());
        settle(() -> table(robot).getItems().size() == 7 && window.viewModel().list().singleSelection() != null
                && "Untitled".equals(window.viewModel().list().singleSelection().title()));
        long id = window.viewModel().list().singleSelection().id();
        MarkdownEditorView editor = editor(robot);
        settle(() -> editor.viewModel().getCurrent() != null && editor.viewModel().getCurrent().id() == id);
        robot.interact(() -> editor.area().replaceText("one two three four five six seven"));
        settle(() -> wordsShown(robot, id).endsWith("· 7 words"));
        assertThat(window.viewModel().list().singleSelection().id()).isEqualTo(id);
    }

    @Test
    void theSelectedRowAndThePreviewDividerAreRestoredAfterARestart(FxRobot robot) throws Exception {
        selectAndFocus(robot, 3);
        long id = table(robot).getItems().get(3).id();
        MarkdownEditorView editor = editor(robot);
        settle(() -> editor.viewModel().getCurrent() != null && editor.viewModel().getCurrent().id() == id);
        SplitPane split = robot.from(editor.node()).lookup(".split-pane").queryAs(SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.62));
        robot.interact(() -> window.close());
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            window = TestWindows.show(stage[0], BlogLibrary.open(file, OpenMode.WRITE), node);
        });
        settle(() -> table(robot, stage[0]).getItems().size() == 6);
        settle(() -> table(robot, stage[0]).getSelectionModel().getSelectedItems().size() == 1);
        assertThat(table(robot, stage[0]).getSelectionModel().getSelectedItem().id()).isEqualTo(id);
        MarkdownEditorView again = editor(robot);
        settle(() -> again.viewModel().getCurrent() != null && again.viewModel().getCurrent().id() == id);
        SplitPane restored = robot.from(again.node()).lookup(".split-pane").queryAs(SplitPane.class);
        // The remembered divider is put back once the split pane has its size, on a layout pulse.
        settle(() -> Math.abs(restored.getDividerPositions()[0] - 0.62) <= 0.01);
        assertThat(restored.getDividerPositions()[0]).isCloseTo(0.62, Offset.offset(0.01));
    }

    /** The row's second line ("Draft · 7 words"), as drawn: the Words column is hidden by default. */
    private String wordsShown(FxRobot robot, long id) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof PostSummary p && p.id() == id).findFirst()
                .flatMap(r -> robot.from(r).lookup(".post-meta").tryQueryAs(Label.class))
                .map(Label::getText)
                .orElse("?");
    }

    private TableView<PostSummary> table(FxRobot robot, Window w) {
        return robot.from(w.getScene().getRoot()).lookup(".table-view").queryTableView();
    }
}
