package dev.blogwright.gui.editor;

import static dev.blogwright.gui.editor.EditorMount.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The editor's notification bar (ControlsFX NotificationPane) for failed saves and garbled text. */
@Timeout(90)
class EditorNoticesTest extends FxRobot {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private final ManualTasks tasks = new ManualTasks();
    private MarkdownEditorView editor;

    @BeforeEach
    void mount() throws Exception {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            editor = new MarkdownEditorView(new EditorViewModel(new ViewModels(library).editorServices(), new FakeDialogService(), tasks,
                    Clock.systemUTC()));
            s.setScene(new Scene((Parent) editor.node(), 1200, 800));
            s.show();
        });
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
        library.close();
    }

    private void open(Post post) throws Exception {
        interact(() -> editor.open(post.id()));
        waitUntil(() -> editor.viewModel().getCurrent() != null);
    }

    /** Clicks an action of the notice once its bar has slid in. */
    private void clickAction(String text) throws Exception {
        waitUntil(() -> lookup((Button b) -> text.equals(b.getText()) && b.isVisible()).tryQuery().isPresent());
        Button button = lookup((Button b) -> text.equals(b.getText())).queryButton();
        // The bar slides in: a click aimed while it moves can land beside the button. Aim once it stands still.
        NoticeBars.waitUntilSlidIn(button);
        clickOn(button);
    }

    @Test
    void aCopyIsNamedAsSuchUntilTheWriterRenamesIt() throws Exception {
        Post original = library.posts().create(Post.draft("Original", "Hello").build());
        Post copy = library.posts().duplicate(List.of(original.id())).get(0);
        open(original);
        interact(() -> editor.showCopy(copy.id(), original.title()));
        // Nothing is said while the original is still the open post.
        assertThat(editor.notices().pane().isShowing()).isFalse();
        open(copy);
        waitUntil(() -> editor.viewModel().getCurrent().id() == copy.id());
        waitUntil(() -> editor.notices().pane().isShowing());
        assertThat(editor.notices().pane().getText())
                .isEqualTo("You are editing the copy of “Original”. The original is unchanged.");
        assertThat(editor.notices().pane().getActions()).isEmpty();
        interact(() -> editor.viewModel().form().titleProperty().set("A post of its own"));
        waitUntil(() -> !editor.notices().pane().isShowing());
    }

    @Test
    void aLongOriginalTitleIsCutInTheCopysNotice() throws Exception {
        String title = "A".repeat(EditorNotices.TITLE_SHOWN + 20);
        Post copy = library.posts().create(Post.draft(title + " (copy)", "Hello").build());
        interact(() -> editor.showCopy(copy.id(), title));
        open(copy);
        waitUntil(() -> editor.notices().pane().isShowing());
        assertThat(editor.notices().pane().getText())
                .contains("“" + "A".repeat(EditorNotices.TITLE_SHOWN - 1) + "…”");
    }

    @Test
    void failedSaveShowsANoticeKeepsTheTextAndRetryNowSaves() throws Exception {
        Post post = library.posts().create(Post.draft("Notice", "Hello").build());
        open(post);
        assertThat(editor.notices().pane().isShowing()).isFalse();
        tasks.failWrites = true;
        interact(() -> editor.area().replaceText("precious words"));
        interact(() -> tasks.advance(Autosave.DEBOUNCE));
        assertThat(editor.notices().pane().isShowing()).isTrue();
        assertThat(editor.notices().pane().getText()).isEqualTo(EditorNotices.SAVE_FAILED);
        assertThat(editor.area().getText()).isEqualTo("precious words");
        tasks.failWrites = false;
        clickAction("Retry now");
        waitUntil(() -> !editor.notices().pane().isShowing());
        assertThat(library.posts().find(post.id()).orElseThrow().body()).isEqualTo("precious words");
    }

    @Test
    void garbledTextIsRepairedWithOneClick() throws Exception {
        Post garbled = library.posts().create(Post.draft("Mojibake", "AI â€” the robots arrive").build());
        open(garbled);
        assertThat(editor.notices().pane().isShowing()).isTrue();
        assertThat(editor.notices().pane().getText()).isEqualTo(EditorNotices.GARBLED);
        clickAction("Repair");
        waitUntil(() -> !editor.area().getText().contains("â€"));
        assertThat(editor.area().getText()).isEqualTo("AI — the robots arrive");
        waitUntil(() -> !editor.notices().pane().isShowing());
    }
}
