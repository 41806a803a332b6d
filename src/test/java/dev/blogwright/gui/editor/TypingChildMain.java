package dev.blogwright.gui.editor;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.FxDialogService;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Child process of {@link EditorKillTest}: the real editor on a library, typing a numbered word every 50 ms and
 * printing "TYPED n" after each, until it is killed.
 */
public final class TypingChildMain {
    private TypingChildMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        BlogLibrary library = BlogLibrary.open(Path.of(args[0]), OpenMode.WRITE);
        long postId = Long.parseLong(args[1]);
        String prefix = args[2];
        CompletableFuture<MarkdownEditorView> mounted = new CompletableFuture<>();
        Platform.runLater(() -> {
            MarkdownEditorView editor = new MarkdownEditorView(new ViewModels(library).editorServices(),
                    new FxDialogService(null));
            Stage stage = new Stage();
            stage.setScene(new Scene((Parent) editor.node(), 1000, 700));
            stage.show();
            editor.open(postId);
            mounted.complete(editor);
        });
        MarkdownEditorView editor = mounted.get(60, TimeUnit.SECONDS);
        // The post is read on a worker: words typed before it arrives would be replaced by it. Wait for it, not
        // for a guessed half second a loaded machine can outlast.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> editor.viewModel().getCurrent() != null && editor.area().getLength() > 0).get());
        for (int n = 0; ; n++) {
            int word = n;
            CompletableFuture<Void> typed = new CompletableFuture<>();
            Platform.runLater(() -> {
                editor.area().appendText(" " + prefix + "w" + word);
                typed.complete(null);
            });
            typed.get(10, TimeUnit.SECONDS);
            System.out.println("TYPED " + n);
            System.out.flush();
            Thread.sleep(50);
        }
    }
}
