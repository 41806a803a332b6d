package dev.blogwright.gui.editor;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The editor alone on a temporary sample library with its first post open, for the editor's TestFX tests. */
final class EditorMount implements AutoCloseable {
    final BlogLibrary library;
    final FakeDialogService dialogs = new FakeDialogService();
    final Post post;
    private final FxRobot robot;
    private MarkdownEditorView editor;

    EditorMount(FxRobot robot, Path dir) throws Exception {
        this.robot = robot;
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        library.installSample();
        post = library.posts().posts(PostQuery.all()).get(0);
        // Building WebKit and RichTextFX can take long on a busy machine; TestFX's setup wait is shorter.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> editor = EditorFixtureApp.mount(s, library, dialogs));
        robot.interact(() -> editor.open(post.id()));
        waitUntil(() -> editor.viewModel().getCurrent() != null && editor.area().getLength() > 0);
    }

    MarkdownEditorView editor() {
        return editor;
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Override
    public void close() throws Exception {
        robot.interact(() -> editor.flush());
        FxToolkit.cleanupStages();
        library.close();
    }
}
