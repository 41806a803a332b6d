package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.preview.PreviewView;
import dev.blogwright.logic.post.PostQuery;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ProgressIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Item 4 of the walk: on a slow start the editor and the preview say they are loading instead of staying blank. */
@Timeout(90)
class EditorLoadingTest extends FxRobot {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private MarkdownEditorView editor;

    @BeforeEach
    void mount() throws Exception {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        library.installSample();
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> editor = EditorFixtureApp.mount(s, library, new FakeDialogService()));
    }

    @AfterEach
    void unmount() throws Exception {
        interact(() -> editor.flush());
        FxToolkit.cleanupStages();
        library.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    @Test
    void whileThePostIsReadTheEditorSaysSoAndThenShowsIt() throws Exception {
        EmptyEditor empty = lookup(".empty-editor").queryAs(EmptyEditor.class);
        assertThat(empty.hint.getText()).isEqualTo(EmptyEditor.HINT);
        long id = library.posts().posts(PostQuery.all()).get(0).id();
        AtomicReference<String> whileReading = new AtomicReference<>();
        AtomicReference<Boolean> spinning = new AtomicReference<>();
        interact(() -> {
            editor.open(id);
            // The read runs on a worker; until its result comes back to this thread the post is not there yet.
            whileReading.set(empty.hint.getText());
            spinning.set(empty.lookupAll(".progress-indicator").stream().anyMatch(Node::isVisible));
        });
        assertThat(whileReading.get()).isEqualTo(EmptyEditor.OPENING);
        assertThat(spinning.get()).isTrue();
        waitUntil(() -> editor.viewModel().getCurrent() != null);
        assertThat(empty.isVisible()).isFalse();
        assertThat(empty.hint.getText()).isEqualTo(EmptyEditor.HINT);
        assertThat(empty.lookupAll(".progress-indicator")).noneMatch(Node::isVisible);
    }

    @Test
    void thePreviewSaysItIsRenderingUntilItsFirstRenderingShows() throws Exception {
        AtomicReference<PreviewView> fresh = new AtomicReference<>();
        AtomicReference<Boolean> renderedAtFirst = new AtomicReference<>();
        AtomicReference<Boolean> noticeAtFirst = new AtomicReference<>();
        interact(() -> {
            // The page loads and renders on later turns of this thread: right after it is built nothing shows yet.
            PreviewView built = new PreviewView(library.assets().folder());
            fresh.set(built);
            built.markdownProperty().set("# Hello\n\nSome text.");
            renderedAtFirst.set(built.hasRendered());
            noticeAtFirst.set(built.node().lookup(".loading-placeholder").isVisible());
        });
        PreviewView preview = fresh.get();
        assertThat(renderedAtFirst.get()).isFalse();
        assertThat(noticeAtFirst.get()).isTrue();
        assertThat(preview.node().lookup(".loading-placeholder").lookup(".progress-indicator"))
                .isInstanceOf(ProgressIndicator.class);
        waitUntil(preview::hasRendered);
        assertThat(preview.node().lookup(".loading-placeholder").isVisible()).isFalse();
    }
}
