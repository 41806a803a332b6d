package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The View menu's shortcuts as a user presses them (issue 17, items 6 and 14). */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class MainWindowShortcutsTest {
    @TempDir
    static Path dir;
    private Preferences node;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        node = TestWindows.freshPreferences();
        window = TestWindows.show(stage, TestWindows.sampleLibrary(dir), node);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.close();
            Theme.LIGHT.apply();
        });
        TestWindows.remove(node);
    }

    private static void settle(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private MenuItem viewItem(String text) {
        return window.view().menuBar().getMenus().stream().filter(m -> m.getText().equals("_View"))
                .flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] pressed = new KeyCode[keys.length + 1];
        pressed[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, pressed, 1, keys.length);
        robot.press(pressed);
        for (int i = pressed.length - 1; i >= 0; i--) {
            robot.release(pressed[i]);
        }
    }

    /** Opens the first post and puts the keyboard focus into its Markdown text. */
    private Node focusTheEditor(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        settle(() -> table.getItems().size() == 6);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        settle(() -> window.viewModel().editor().currentPostProperty().get() != null
                && robot.lookup(".code-area").tryQuery().isPresent());
        Node area = robot.lookup(".code-area").query();
        robot.interact(area::requestFocus);
        settle(area::isFocused);
        return area;
    }

    /** A picture for a person to look at, under target/ui-snapshots/. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of("target", "ui-snapshots", name);
        Files.createDirectories(out.getParent());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.stage().getScene().snapshot(null));
        Snapshots.writePng(image[0], out);
    }

    @Test
    void viewMenuShowsDigitsNotKeyNames() {
        assertThat(viewItem("Editor only").getAccelerator().getDisplayText()).isEqualTo("Ctrl+1");
        assertThat(viewItem("Editor and preview").getAccelerator().getDisplayText()).isEqualTo("Ctrl+2");
        assertThat(viewItem("Preview only").getAccelerator().getDisplayText()).isEqualTo("Ctrl+3");
    }

    @Test
    void ctrlDigitsSwitchTheLayoutWhileTypingInTheEditor(FxRobot robot) throws Exception {
        Node area = focusTheEditor(robot);
        String before = robot.lookup(".code-area").queryAs(CodeArea.class).getText();
        shortcut(robot, KeyCode.DIGIT1);
        settle(() -> window.viewModel().editor().getLayout() == PostEditor.Layout.EDITOR_ONLY);
        assertThat(((RadioMenuItem) viewItem("Editor only")).isSelected()).isTrue();
        robot.interact(area::requestFocus);
        shortcut(robot, KeyCode.DIGIT3);
        settle(() -> window.viewModel().editor().getLayout() == PostEditor.Layout.PREVIEW_ONLY);
        shortcut(robot, KeyCode.DIGIT2);
        settle(() -> window.viewModel().editor().getLayout() == PostEditor.Layout.SPLIT);
        assertThat(((RadioMenuItem) viewItem("Editor and preview")).isSelected()).isTrue();
        assertThat(robot.lookup(".code-area").queryAs(CodeArea.class).getText())
                .as("the digits are not typed into the post").isEqualTo(before);
    }

    @Test
    void ctrlShiftLTurnsDarkOnAndOffAgain(FxRobot robot) throws Exception {
        focusTheEditor(robot);
        CheckMenuItem dark = (CheckMenuItem) viewItem("Dark theme");
        assertThat(window.viewModel().themeProperty().get()).isEqualTo(Theme.LIGHT);
        // The replace bar and a notice over the text, so the snapshots show them in both themes.
        shortcut(robot, KeyCode.H);
        robot.interact(() -> robot.lookup(".editor-notices").queryAs(NotificationPane.class)
                .show("This text looks garbled (wrong encoding).", null,
                        new Action("Repair", e -> { })));
        shortcut(robot, KeyCode.SHIFT, KeyCode.L);
        settle(() -> window.viewModel().themeProperty().get() == Theme.DARK);
        assertThat(dark.isSelected()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).endsWith("primer-dark.css");
        snapshot(robot, "find-bar-dark.png");
        shortcut(robot, KeyCode.SHIFT, KeyCode.L);
        settle(() -> window.viewModel().themeProperty().get() == Theme.LIGHT);
        assertThat(dark.isSelected()).isFalse();
        assertThat(Application.getUserAgentStylesheet()).endsWith("primer-light.css");
        snapshot(robot, "find-bar-light.png");
    }

    @Test
    void clickingTheDarkThemeItemTogglesIt(FxRobot robot) throws Exception {
        CheckMenuItem dark = (CheckMenuItem) viewItem("Dark theme");
        robot.interact(dark::fire);
        settle(() -> window.viewModel().themeProperty().get() == Theme.DARK && dark.isSelected());
        robot.interact(dark::fire);
        settle(() -> window.viewModel().themeProperty().get() == Theme.LIGHT && !dark.isSelected());
    }
}
