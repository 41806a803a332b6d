package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.PostSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the main window as a user does, on a temporary library holding the sample blog. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MainWindowTest {
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
    void tearDown(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> window.close());
        node.removeNode();
    }

    private TableView<PostSummary> table(FxRobot robot) {
        return robot.lookup(".table-view").queryTableView();
    }

    /** Background loads finish on a worker and then on the FX thread; wait for both. */
    private void settle(FxRobot robot, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void exportThroughTheDialogWritesTheSite(FxRobot robot) throws Exception {
        settle(robot, () -> table(robot).getItems().size() == 6);
        Path out = dir.resolve("export-" + UUID.randomUUID());
        robot.press(KeyCode.CONTROL, KeyCode.E)
                .release(KeyCode.E, KeyCode.CONTROL);
        settle(robot, () -> robot.listTargetWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Export".equals(s.getTitle())));
        Stage dialog = (Stage) robot.window("Export");
        TextField folder = robot.from(dialog.getScene().getRoot()).lookup(".text-field")
                .queryAs(TextField.class);
        Button export = robot.from(dialog.getScene().getRoot())
                .lookup((Button b) -> "Export".equals(b.getText())).queryButton();
        robot.interact(() -> folder.setText(out.toString()));
        robot.interact(export::fire);
        settle(robot, () -> Files.exists(out.resolve("index.html")));
        Assertions.assertThat(out.resolve("posts/monorepo-vs-polyrepo/index.html")).exists();
        robot.interact(dialog::close);
    }

    @Test
    void listShowsTheSixSamplePosts(FxRobot robot) throws Exception {
        settle(robot, () -> table(robot).getItems().size() == 6);
        assertThat(robot.lookup("#tab-all").queryAs(ToggleButton.class).getText()).isEqualTo("All 6");
    }

    @Test
    void searchFiltersToMatchingPosts(FxRobot robot) throws Exception {
        settle(robot, () -> table(robot).getItems().size() == 6);
        robot.clickOn(".text-field").write("postgres");
        settle(robot, () -> table(robot).getItems().size() == 2);
        assertThat(robot.lookup(".text-field").queryAs(TextField.class).getText()).isEqualTo("postgres");
    }

    @Test
    void altDownMovesAPostAndTheOrderSurvivesReopening(FxRobot robot) throws Exception {
        settle(robot, () -> table(robot).getItems().size() == 6);
        String first = table(robot).getItems().get(0).slug();
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        settle(robot, () -> table(robot).getItems().get(1).slug().equals(first));
        robot.interact(() -> window.close());
        try (BlogLibrary reopened = BlogLibrary.open(file, OpenMode.READ_ONLY)) {
            List<PostSummary> order = reopened.posts().list(PostQuery.all());
            assertThat(order.get(1).slug()).isEqualTo(first);
        }
    }

    @Test
    void draggingARowReordersThePostsAndPersists(FxRobot robot) throws Exception {
        settle(robot, () -> table(robot).getItems().size() == 6);
        String last = table(robot).getItems().get(5).slug();
        // The table has its six items before the next layout pulse gives them rows.
        settle(robot, () -> filledRows(robot).size() == 6);
        var rows = filledRows(robot);
        robot.drag(rows.get(5), MouseButton.PRIMARY).dropTo(rows.get(1));
        settle(robot, () -> !table(robot).getItems().get(5).slug().equals(last));
        int moved = table(robot).getItems().stream().map(PostSummary::slug).toList().indexOf(last);
        assertThat(moved).isBetween(0, 2);
        robot.interact(() -> window.close());
        try (BlogLibrary reopened = BlogLibrary.open(file, OpenMode.READ_ONLY)) {
            assertThat(reopened.posts().list(PostQuery.all()).get(moved).slug()).isEqualTo(last);
        }
    }

    private static List<TableRow<?>> filledRows(FxRobot robot) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null).sorted(Comparator.comparingInt(r -> r.getIndex()))
                .<TableRow<?>>map(r -> r).toList();
    }

    @Test
    void bulkCategoryThenUndo(FxRobot robot) throws Exception {
        settle(robot, () -> table(robot).getItems().size() == 6);
        var list = window.viewModel().list();
        var security = list.categories().stream().filter(c -> c.name().equals("Security")).findFirst().orElseThrow();
        robot.interact(() -> {
            table(robot).getSelectionModel().selectRange(0, 3);
            list.actions().setCategory(list.selection(), security);
        });
        settle(robot, () -> table(robot).getItems().subList(0, 3).stream()
                .allMatch(p -> "Security".equals(p.categoryName())));
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle(robot, () -> "Performance".equals(table(robot).getItems().get(0).categoryName()));
    }

    @Test
    void deleteKeyTrashesAndRestoreBringsItBack(FxRobot robot) throws Exception {
        settle(robot, () -> table(robot).getItems().size() == 6);
        String slug = table(robot).getItems().get(2).slug();
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(2);
            table(robot).requestFocus();
        });
        robot.type(KeyCode.DELETE);
        settle(robot, () -> table(robot).getItems().size() == 5);
        robot.clickOn("#tab-trash");
        settle(robot, () -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).slug()).isEqualTo(slug);
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(0);
            table(robot).requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        settle(robot, () -> table(robot).getItems().isEmpty());
        robot.clickOn("#tab-all");
        settle(robot, () -> table(robot).getItems().size() == 6);
    }

    @Test
    void selectingARowOpensThePostInTheEditor(FxRobot robot) throws Exception {
        settle(robot, () -> table(robot).getItems().size() == 6);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(1));
        String slug = table(robot).getItems().get(1).slug();
        settle(robot, () -> window.viewModel().editor().currentPostProperty().get() != null
                && window.viewModel().editor().currentPostProperty().get().slug().equals(slug));
    }

    @Test
    void snapshotOfTheMainWindowIsWritten(FxRobot robot) throws Exception {
        settle(robot, () -> table(robot).getItems().size() == 6);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        settle(robot, () -> window.viewModel().editor().currentPostProperty().get() != null);
        Path out = Path.of("target", "screenshots", "main.png");
        Files.createDirectories(out.getParent());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.stage().getScene().snapshot(null));
        Snapshots.writePng(image[0], out);
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }
}
