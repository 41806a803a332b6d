package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
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

/** The writer's keyboard paths through the main window: a new post, its title, its text (app walk items 3, 4). */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WriterKeysTest {
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
        robot.interact(() -> window.close());
        TestWindows.remove(node);
    }

    private static void settle(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
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

    private TableView<?> table(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        settle(() -> table.getItems().size() == 6);
        return table;
    }

    private TextField title(FxRobot robot) {
        return robot.lookup(".title-field").queryAs(TextField.class);
    }

    private CodeArea area(FxRobot robot) {
        return robot.lookup(".code-area").queryAs(CodeArea.class);
    }

    @Test
    void ctrlNPutsTheCaretInTheNewPostsTitleSelected(FxRobot robot) throws Exception {
        TableView<?> table = table(robot);
        robot.interact(table::requestFocus);
        shortcut(robot, KeyCode.N);
        settle(() -> window.viewModel().editor().currentPostProperty().get() != null
                && "Untitled".equals(window.viewModel().editor().currentPostProperty().get().title())
                && robot.lookup(".title-field").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(title(robot).getSelectedText()).isEqualTo("Untitled");
        robot.write("Named at once");
        assertThat(title(robot).getText()).isEqualTo("Named at once");
    }

    @Test
    void enterAndTabInTheTitleGoToTheTextAndShiftTabComesBack(FxRobot robot) throws Exception {
        TableView<?> table = table(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        settle(() -> window.viewModel().editor().currentPostProperty().get() != null
                && robot.lookup(".title-field").tryQuery().isPresent());
        String text = area(robot).getText();
        robot.interact(() -> title(robot).requestFocus());
        robot.type(KeyCode.ENTER);
        settle(() -> area(robot).isFocused());
        robot.interact(() -> title(robot).requestFocus());
        robot.type(KeyCode.TAB);
        settle(() -> area(robot).isFocused());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        settle(() -> title(robot).isFocused());
        assertThat(area(robot).getText()).as("no tab or line break typed into the text").isEqualTo(text);
    }

    @Test
    void ctrlDInTheTextDoesNotDuplicateAndCtrlShiftDShowsTheCopy(FxRobot robot) throws Exception {
        TableView<?> table = table(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        settle(() -> window.viewModel().editor().currentPostProperty().get() != null
                && robot.lookup(".code-area").tryQuery().isPresent());
        String original = window.viewModel().editor().currentPostProperty().get().title();
        robot.interact(() -> area(robot).requestFocus());
        settle(() -> area(robot).isFocused());
        shortcut(robot, KeyCode.D);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        settle(() -> table.getItems().size() == 6);
        assertThat(window.viewModel().editor().currentPostProperty().get().title()).isEqualTo(original);
        shortcut(robot, KeyCode.SHIFT, KeyCode.D);
        settle(() -> table.getItems().size() == 7 && window.viewModel().editor().currentPostProperty().get()
                .title().equals(original + " (copy)") && title(robot).isFocused());
        assertThat(title(robot).getSelectedText()).isEqualTo(original + " (copy)");
        assertThat(window.view().menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "Duplicate".equals(i.getText())).findFirst().orElseThrow().getAccelerator()
                .getDisplayText()).isEqualTo("Ctrl+Shift+D");
    }

    /** Item 5: after Ctrl+Shift+D a notice names the original, and the title shows its "(copy)" end. */
    @Test
    void aDuplicateSaysTheCopyIsWhatTheWriterEdits(FxRobot robot) throws Exception {
        TableView<?> table = table(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        settle(() -> window.viewModel().editor().currentPostProperty().get() != null);
        String original = window.viewModel().editor().currentPostProperty().get().title();
        robot.interact(() -> title(robot).setText(original + " with a tail long enough to pass the title's width"));
        String longTitle = title(robot).getText();
        settle(() -> table.getItems().stream().anyMatch(p -> ((PostSummary) p).title().equals(longTitle)));
        robot.interact(() -> table.requestFocus());
        shortcut(robot, KeyCode.SHIFT, KeyCode.D);
        settle(() -> window.viewModel().editor().currentPostProperty().get().title().equals(longTitle + " (copy)")
                && title(robot).isFocused());
        NotificationPane notice = robot.lookup(".editor-notices").queryAs(NotificationPane.class);
        settle(notice::isShowing);
        assertThat(notice.getText()).startsWith("You are editing the copy of “" + original.substring(0, 20))
                .endsWith("”. The original is unchanged.");
        // The end of the title is in sight: the field scrolled to the caret after "(copy)".
        TextField field = title(robot);
        // The field's skin scrolls its text on layout, which the next pulse may not have done yet.
        robot.interact(() -> {
            field.getScene().getRoot().applyCss();
            field.getScene().getRoot().layout();
        });
        Node text = field.lookup(".text");
        assertThat(text.localToScene(text.getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(field.localToScene(field.getBoundsInLocal()).getMaxX());
        // Back on the original, the notice goes: it is about the copy only.
        robot.interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(table.getItems()
                .stream().filter(p -> ((PostSummary) p).title().equals(longTitle)).findFirst().orElseThrow())));
        settle(() -> window.viewModel().editor().currentPostProperty().get().title().equals(longTitle));
        settle(() -> !notice.isShowing());
    }

    @Test
    void aLineBreakStartsAnUndoStepAndTheToolbarUndoActsOnTheText(FxRobot robot) throws Exception {
        TableView<?> table = table(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        settle(() -> window.viewModel().editor().currentPostProperty().get() != null
                && robot.lookup(".code-area").tryQuery().isPresent());
        CodeArea area = area(robot);
        Button undo = robot.lookup(n -> n instanceof Button b && b.getOnAction() != null && b.getTooltip() != null
                && b.getTooltip().getText().startsWith("Undo")).queryAs(Button.class);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(area.getLength());
        });
        settle(area::isFocused);
        String before = area.getText();
        robot.write("\n# Heading");
        robot.type(KeyCode.ENTER);
        robot.write("Paragraph text");
        settle(() -> area.getText().endsWith("Paragraph text") && !undo.isDisabled());
        assertThat(undo.getTooltip().getText()).startsWith("Undo typing");
        for (int i = 0; i < 30 && !area.getText().equals(before + "\n# Heading") && area.isUndoAvailable(); i++) {
            robot.interact(undo::fire);
        }
        assertThat(area.getText()).as("the paragraph is undone apart from the heading").isEqualTo(before + "\n# Heading");
        assertThat(area.isFocused()).as("the caret stays in the text").isTrue();
    }

    @Test
    void trashingTheOpenPostShowsAnUndoThatBringsItBack(FxRobot robot) throws Exception {
        TableView<?> table = table(robot);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(1);
            table.requestFocus();
        });
        // Delete at once, before the editor may have loaded the text.
        robot.type(KeyCode.DELETE);
        settle(() -> table.getItems().size() == 5
                && robot.lookup(".empty-editor").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(window.viewModel().editor().currentPostProperty().get()).as("no trashed post shown").isNull();
        Button undo = robot.lookup(".empty-editor-notice .button").queryAs(Button.class);
        assertThat(undo.isVisible()).isTrue();
        robot.interact(undo::fire);
        settle(() -> table.getItems().size() == 6 && window.viewModel().editor().currentPostProperty().get() != null
                && !robot.lookup(".empty-editor").query().isVisible());
    }
}
