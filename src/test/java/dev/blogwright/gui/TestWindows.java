package dev.blogwright.gui;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.UiPreferences;
import dev.blogwright.gui.editor.MarkdownEditorView;
import dev.blogwright.gui.export.ServiceExportRunner;
import dev.blogwright.gui.importing.ServiceImportRunner;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as the TestFX walks open it: the sample blog, preferences of its own, the real runners. */
final class TestWindows {
    private TestWindows() {
    }

    /** A new library file in {@code dir} holding the sample blog. */
    static BlogLibrary sampleLibrary(Path dir) {
        return sampleLibraryAt(dir.resolve("library-" + UUID.randomUUID() + ".db"));
    }

    static BlogLibrary sampleLibraryAt(Path file) {
        BlogLibrary library = BlogLibrary.open(file, OpenMode.CREATE);
        library.installSample();
        return library;
    }

    /** A preferences node no other test shares, so remembered layout never leaks between tests. */
    static Preferences freshPreferences() {
        return Preferences.userRoot().node("dev/blogwright/test-" + UUID.randomUUID());
    }

    static MainWindow show(Stage stage, BlogLibrary library, Preferences node) {
        MainWindow window = new MainWindow(stage, library, new ShellPreferences(new UiPreferences(node)),
                EditorFactory.current(), new ServiceExportRunner(), new ServiceImportRunner(), uri -> { });
        window.show();
        return window;
    }

    /**
     * Removes the test's preferences node. The user preferences file is shared with other test JVMs on the
     * machine, whose lock can be busy for a moment; the node's name is unique, so one left behind disturbs nobody.
     */
    static void remove(Preferences node) throws InterruptedException {
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                node.removeNode();
                return;
            } catch (BackingStoreException busy) {
                Thread.sleep(300);
            }
        }
    }

    /** Waits up to 30 s for {@code condition}, letting the FX thread run between looks. */
    static void settle(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    /** Builds the window's editor and opens the sample's first post in it, once the list shows all six. */
    static MarkdownEditorView openFirstPost(FxRobot robot, MainWindow window) throws Exception {
        TableView<PostSummary> table = robot.lookup(".table-view").queryTableView();
        settle(() -> table.getItems().size() == 6);
        PostEditor[] made = new PostEditor[1];
        robot.interact(() -> {
            made[0] = ((DeferredEditor) window.viewModel().editor()).create();
            table.getSelectionModel().clearAndSelect(0);
        });
        MarkdownEditorView editor = (MarkdownEditorView) made[0];
        long id = table.getItems().get(0).id();
        settle(() -> editor.viewModel().getCurrent() != null && editor.viewModel().getCurrent().id() == id);
        return editor;
    }
}
