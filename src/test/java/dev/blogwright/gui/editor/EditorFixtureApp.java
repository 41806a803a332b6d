package dev.blogwright.gui.editor;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.FxDialogService;
import dev.blogwright.logic.post.PostQuery;
import java.nio.file.Files;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the editor alone in a window: the tests mount it through {@link #mount}, and {@code main} runs it by
 * hand on a throw-away sample library.
 */
public final class EditorFixtureApp extends Application {
    private BlogLibrary library;

    public static MarkdownEditorView mount(Stage stage, BlogLibrary library, DialogService dialogs) {
        MarkdownEditorView editor = new MarkdownEditorView(new ViewModels(library).editorServices(), dialogs);
        stage.setScene(new Scene((Parent) editor.node(), 1200, 800));
        // The tests share one primary stage: a size an earlier test gave it (FindBarTest narrows it, F11 makes it
        // full screen) must not stay, or what a test measures depends on which test ran before it.
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.setTitle("Blogwright editor");
        stage.show();
        return editor;
    }

    @Override
    public void start(Stage stage) throws Exception {
        library = BlogLibrary.open(Files.createTempDirectory("blogwright-editor").resolve("blog.db"),
                OpenMode.CREATE);
        library.installSample();
        MarkdownEditorView editor = mount(stage, library, new FxDialogService(stage));
        editor.open(library.posts().list(PostQuery.all()).get(0).id());
        stage.setOnCloseRequest(e -> editor.flush());
    }

    @Override
    public void stop() {
        library.close();
    }

    public static void main(String[] args) {
        launch(args);
    }

}
