package dev.blogwright.gui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.logic.publish.DeployRecord;
import dev.blogwright.store.TestLibraries;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A walk through File ▸ Publish site… as a user: a new target, a preview, a publish to a folder, the history. */
@Timeout(120)
class PublishDialogTest extends FxRobot {
    @TempDir
    Path dir;
    private BlogLibrary lib;
    private PublishDialog dialog;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void open() throws Exception {
        lib = TestLibraries.sample(dir);
        Stage stage = FxToolkit.registerPrimaryStage();
        // A window an earlier test class left open (the suite shares one toolkit) would take the clicks and keys.
        interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide));
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new Pane(), 300, 200));
            s.setMaximized(false);
            // The writing-aids tests put the shared primary stage into full screen (F11), over every dialog.
            s.setFullScreen(false);
            s.show();
        });
        interact(() -> dialog = PublishWindow.open(stage, lib, dialogs, UiExecutor.background()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        interact(() -> dialog.close());
        lib.close();
    }

    private String message() {
        return lookup("#publish-message").queryAs(Label.class).getText();
    }

    /**
     * Presses the dialog's button by its text, as a click would, but through the button itself: in the whole suite
     * the shared toolkit's other windows (and a stage an earlier class left full screen) made robot clicks land
     * elsewhere, while what this test checks is the dialog's behaviour, not the mouse.
     */
    private void press(String text) {
        Button button = lookup((Node n) -> n instanceof Button b && text.equals(b.getText()) && b.isVisible())
                .queryAs(Button.class);
        interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types {@code text} into the field, as the writer would, through its text property. */
    private void type(String id, String text) {
        TextField field = lookup(id).queryAs(TextField.class);
        interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForMessage(String start) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message().startsWith(start));
    }

    @Test
    void aNewTargetIsPreviewedPublishedAndRemembered() throws Exception {
        Path www = dir.resolve("www");
        press("New target");
        type("#publish-name", "production");
        type("#publish-url", www.toUri().toString());
        press("Save target");
        waitForMessage("Saved target production");
        @SuppressWarnings("unchecked")
        ListView<Object> targets = lookup("#publish-targets").queryAs(ListView.class);
        assertThat(targets.getItems()).hasSize(1);

        press("Test connection");
        waitForMessage("The connection to production works");

        press("Preview");
        waitForMessage("Preview: would upload ");
        assertThat(www).doesNotExist();

        press("Publish");
        waitForMessage("Published to production: uploaded ");
        assertThat(www.resolve("index.html")).exists();
        @SuppressWarnings("unchecked")
        TableView<DeployRecord> history = lookup("#publish-history").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
        assertThat(history.getItems().get(0).ok()).isTrue();
        assertThat(dialogs.errors).isEmpty();
        // The When column shows its date and time whole, and a taller dialog gives its room to the plan.
        // The row is made on a layout pulse after the item arrives; then its cell's text is laid out now.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> lookup("#publish-history .table-row-cell .table-cell").tryQuery().isPresent());
        layOut();
        Labeled when = lookup("#publish-history .table-row-cell .table-cell").queryAs(Labeled.class);
        assertThat(shownText(when)).isEqualTo(when.getText()).isNotBlank();
        TextArea plan = lookup("#publish-plan").queryAs(TextArea.class);
        double before = plan.getHeight();
        double sceneBefore = plan.getScene().getHeight();
        interact(() -> dialog.setHeight(dialog.getHeight() + 200));
        // The scene follows the window on a later event, the plan the scene on a later pulse.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> plan.getScene().getHeight() >= sceneBefore + 199);
        layOut();
        assertThat(plan.getHeight()).isGreaterThan(before + 100);
    }

    private void layOut() {
        interact(() -> {
            lookup("#publish-plan").query().getScene().getRoot().applyCss();
            lookup("#publish-plan").query().getScene().getRoot().layout();
        });
    }

    /** The text a cell's skin draws: shorter than, or "…" instead of, its text when the cell is cut. */
    private static String shownText(Labeled cell) {
        return cell.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    @Test
    void aTargetWithAPasswordInItsUrlIsRefusedWithOneLine() throws Exception {
        press("New target");
        type("#publish-name", "bad");
        type("#publish-url", "ftp://me:secret@example.org/www");
        press("Save target");
        waitForMessage("Put no password in a target URL");
        assertThat(message()).doesNotContain("secret").doesNotContain("\n");
    }
}
