package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.logic.post.PostQuery;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Typewriter scrolling as a writer meets it: typing on past the middle, the caret's line stays in the middle. */
@Timeout(90)
class TypewriterScrollingTest extends FxRobot {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private MarkdownEditorView editor;

    @BeforeEach
    void mount() throws Exception {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        library.installSample();
        long id = library.posts().posts(PostQuery.all()).get(0).id();
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> editor = EditorFixtureApp.mount(s, library,
                new FakeDialogService()));
        interact(() -> editor.open(id));
        waitUntil(() -> editor.viewModel().getCurrent() != null && editor.area().getLength() > 0);
    }

    @AfterEach
    void unmount() throws Exception {
        interact(() -> editor.flush());
        FxToolkit.cleanupStages();
        library.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /** How far the caret's line centre is below the view's middle, in pixels (negative: above it). */
    private double caretOffMiddle() {
        AtomicReference<Double> off = new AtomicReference<>(Double.NaN);
        interact(() -> {
            Bounds caret = editor.area().getCaretSelectionBind().getUnderlyingCaret().getCaretBounds().orElse(null);
            Bounds view = editor.area().localToScreen(editor.area().getBoundsInLocal());
            if (caret != null && view != null) {
                off.set(caret.getCenterY() - (view.getMinY() + view.getHeight() / 2));
            }
        });
        return off.get();
    }

    private double lineHeight() {
        AtomicReference<Double> h = new AtomicReference<>(0.0);
        interact(() -> editor.area().getCaretSelectionBind().getUnderlyingCaret().getCaretBounds()
                .ifPresent(b -> h.set(b.getHeight())));
        return h.get();
    }

    @Test
    void theCaretsLineStaysInTheMiddleWhileTypingPastIt() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            text.append("Line ").append(i).append(" of a long draft.\n");
        }
        int third = text.indexOf("Line 3 ");
        interact(() -> {
            editor.area().replaceText(text.toString());
            editor.aids().modes().typewriterProperty().set(true);
        });
        clickOn(editor.area());
        interact(() -> editor.area().moveTo(third));
        // Near the top the view cannot scroll above the text: the caret's line stays above the middle.
        waitUntil(() -> caretOffMiddle() < -lineHeight());
        double line = lineHeight();
        assertThat(line).isPositive();
        // Down past the middle, then typing on: each new line is centred, the text moving up under it.
        interact(() -> editor.area().moveTo(text.indexOf("Line 40 ") + "Line 40 of a long draft.".length()));
        waitUntil(() -> Math.abs(caretOffMiddle()) <= line / 2);
        double before = editor.area().getEstimatedScrollY();
        for (int i = 0; i < 3; i++) {
            type(KeyCode.ENTER);
            write("typed " + i);
            waitUntil(() -> Math.abs(caretOffMiddle()) <= line / 2);
        }
        assertThat(editor.area().getText()).contains("Line 40 of a long draft.\ntyped 0\ntyped 1\ntyped 2\n");
        assertThat(editor.area().getEstimatedScrollY()).isGreaterThan(before + 2 * line);
        // Off again, the view only follows the caret (it no longer centres): a jump down shows the line at the bottom.
        interact(() -> {
            editor.aids().modes().typewriterProperty().set(false);
            editor.area().moveTo(text.indexOf("Line 70 "));
            editor.area().requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> caretOffMiddle() > line);
    }
}
