package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.Theme;
import dev.blogwright.gui.common.UiPreferences;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The post list's Posts / Pages switch, as a user drives it: it filters the list and New makes a page. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PagesSwitchTest {
    @TempDir
    static Path dir;
    private Preferences node;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        node = TestWindows.freshPreferences();
        // The size the brief asks the switch to be looked at in; no label may be cut to "…" there.
        new ShellPreferences(new UiPreferences(node)).setWindow(new ShellPreferences.Bounds(0, 0, 1280, 800, false));
        window = TestWindows.show(stage, TestWindows.sampleLibraryAt(dir.resolve("library-" + UUID.randomUUID()
                + ".db")), node);
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

    private static boolean shown(FxRobot robot, String fieldLabel) {
        return robot.lookup(".field-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(fieldLabel)).anyMatch(l -> l.isVisible() && l.getParent().isVisible());
    }

    @Test
    void theSwitchFiltersTheListAndNewMakesAPage(FxRobot robot) throws Exception {
        settle(() -> table(robot).getItems().size() == 6);
        ToggleButton pages = robot.lookup("#kind-pages").queryAs(ToggleButton.class);
        assertThat(robot.lookup("#kind-posts").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(pages.getText()).isEqualTo("Pages");

        robot.clickOn(pages);
        settle(() -> table(robot).getItems().isEmpty());
        robot.interact(() -> window.viewModel().list().actions().newPost());
        settle(() -> table(robot).getItems().size() == 1);
        long id = table(robot).getItems().get(0).id();
        assertThat(window.viewModel().library().posts().find(id).orElseThrow().kind()).isEqualTo(PostKind.PAGE);
        // The new page opens in the editor, which asks for no category, tags or date.
        settle(() -> shown(robot, "Slug") && !shown(robot, "Category"));
        assertThat(shown(robot, "Tags")).isFalse();
        assertThat(shown(robot, "Date")).isFalse();
        snapshot(robot, "1280x800-light-pages-switch.png");
        robot.interact(() -> window.viewModel().themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "1280x800-dark-pages-switch.png");
        robot.interact(() -> window.viewModel().themeProperty().set(Theme.LIGHT));

        robot.clickOn("#kind-posts");
        settle(() -> table(robot).getItems().size() == 6);
        assertThat(table(robot).getItems()).extracting(PostSummary::id).doesNotContain(id);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        settle(() -> shown(robot, "Category"));
        assertThat(shown(robot, "Tags")).isTrue();
    }

    /** A picture of the window for a person to look at (target/ui-screens), when a folder is asked for. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target", "ui-screens");
        Files.createDirectories(out);
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = window.stage().getScene().snapshot(null));
        Snapshots.writePng(image[0], out.resolve(name));
    }
}
