package dev.blogwright.gui;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.FxDialogService;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.export.ExportRunner;
import dev.blogwright.gui.importing.ImportRunner;
import dev.blogwright.gui.postlist.PostListView;
import dev.blogwright.gui.postlist.PostListViewModel;
import dev.blogwright.gui.sync.AutoSync;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window of an open library on a stage: builds the view models and views, restores the
 * remembered geometry, and on close remembers it, flushes and closes the library. Tests use it directly.
 */
public final class MainWindow {
    private final Stage stage;
    private final MainViewModel vm;
    private final MainView view;
    private final DeferredEditor editor;
    private final ShellDialogs shellDialogs;
    private final AutoSync sync;
    /** How long the list shows alone before the editor is built, so its frame gets to the screen. */
    private static final long EDITOR_DELAY_NANOS = 150_000_000L;

    public MainWindow(Stage stage, BlogLibrary library, ShellPreferences prefs, EditorFactory editors,
                      ExportRunner exportRunner, ImportRunner importRunner, Consumer<String> openInSystem) {
        this.stage = stage;
        FxDialogService dialogs = new FxDialogService(stage);
        UiExecutor exec = UiExecutor.background();
        ViewModels models = new ViewModels(library);
        PostListViewModel list = models.postList(exec, dialogs);
        // The library's clock (a test moves it), in this computer's zone for "Synced on 3 Dec".
        sync = new AutoSync(library, library.clock().withZone(ZoneId.systemDefault()));
        editor = new DeferredEditor(() -> editors.create(sync.editorServices(models.editorServices()), dialogs));
        vm = new MainViewModel(library, editor, list, prefs);
        shellDialogs = new ShellDialogs(vm, dialogs, exec, exportRunner, importRunner, openInSystem);
        view = new MainView(vm, new PostListView(list), shellDialogs);
        shellDialogs.attach(stage, this::close);
        sync.attach(editor, vm::libraryChanged, () -> stage);
        view.attachSync(sync);
        vm.themeProperty().get().apply();
        ShellPreferences.Bounds b = prefs.window();
        // A size remembered on a bigger monitor must not open the window larger than this screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.node(), Math.min(b.width(), screen.getWidth()),
                Math.min(b.height(), screen.getHeight()));
        stage.setScene(scene);
        stage.setTitle(library.settings().load().title() + " — Blogwright");
        if (!Double.isNaN(b.x()) && !Double.isNaN(b.y())) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setMaximized(b.maximized());
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
        vm.start();
    }

    public void show() {
        StartupReport.watch(vm.list());
        createEditorAfterFirstFrame();
        stage.show();
        sync.start();
    }

    /**
     * The first frame should show the list without waiting for the editor's WebKit and RichTextFX start-up, so
     * the editor is built once rows (or the finished, empty list) have shown for {@link #EDITOR_DELAY_NANOS} and
     * three more pulses (a pulse waits for the previous frame's rendering, so the rows' frame is rendered).
     * Building it on the very next event kept a real window white until the editor was done (screenshots under
     * Xvfb): the rendered frame reaches the screen only when the FX thread serves the window system again.
     */
    private void createEditorAfterFirstFrame() {
        AnimationTimer firstFrame = new AnimationTimer() {
            private long listShownAt = -1;
            private int pulsesSince;

            @Override
            public void handle(long now) {
                if (listShownAt < 0) {
                    if (!vm.list().posts().isEmpty() || !vm.list().loadingProperty().get()) {
                        listShownAt = now;
                    }
                } else if (++pulsesSince >= 3 && now - listShownAt >= EDITOR_DELAY_NANOS) {
                    stop();
                    Platform.runLater(() -> {
                        if (stage.isShowing()) {
                            editor.create();
                        }
                    });
                }
            }
        };
        firstFrame.start();
    }

    /** Remembers the geometry, flushes everything, closes the library and the window. Never asks. */
    public void close() {
        vm.preferences().setWindow(new ShellPreferences.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        sync.stop();
        vm.close();
        shellDialogs.close();
        stage.hide();
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** Sync in this window: its status, "sync now" and the scheduler's tick (tests drive it). */
    public AutoSync sync() {
        return sync;
    }

    public MainView view() {
        return view;
    }
}
