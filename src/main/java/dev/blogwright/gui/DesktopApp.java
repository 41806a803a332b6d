package dev.blogwright.gui;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.common.FxDialogService;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.UiPreferences;
import dev.blogwright.gui.export.ExportRunner;
import dev.blogwright.gui.export.ServiceExportRunner;
import dev.blogwright.gui.importing.ImportRunner;
import dev.blogwright.gui.importing.ServiceImportRunner;
import dev.blogwright.gui.startup.LibraryOpener;
import dev.blogwright.gui.startup.StartupDialog;
import dev.blogwright.gui.startup.StartupWarmup;
import dev.blogwright.gui.startup.ToolkitFailure;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: opens the library (or offers the ways out of a failure), then shows the main
 * window. What the shell plugs in (editor, export and import runners) comes from {@link #wiring}.
 */
public final class DesktopApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    /** The pieces built elsewhere; the integrator replaces {@link Wiring#current()} when they land. */
    public record Wiring(EditorFactory editors, ExportRunner exportRunner, ImportRunner importRunner) {
        public static Wiring current() {
            return new Wiring(EditorFactory.current(), new ServiceExportRunner(), new ServiceImportRunner());
        }
    }

    private static final AtomicReference<Path> LIBRARY = new AtomicReference<>();
    private static volatile boolean defaultLibrary;
    private static final AtomicReference<Path> OPEN_FILE = new AtomicReference<>();
    private static volatile Wiring wiring = Wiring.current();
    /** The first attempt to open the library, started before the toolkit so the two overlap. */
    private static volatile CompletableFuture<LibraryOpener.Outcome> firstOpen;

    /** Starts JavaFX and blocks until the last window closes. */
    public static void launch(Path libraryFile, boolean isDefaultLibrary) {
        launch(libraryFile, isDefaultLibrary, null);
    }

    /**
     * As {@link #launch(Path, boolean)}, then opens a Markdown file given on the command line (null: none).
     *
     * @throws DesktopUnavailable when the window system cannot be used (no GTK 3, no display): its message is
     *         the one line to show; the details are in the log and the library is closed again
     */
    public static void launch(Path libraryFile, boolean isDefaultLibrary, Path markdownFile) {
        OPEN_FILE.set(markdownFile);
        LIBRARY.set(libraryFile);
        defaultLibrary = isDefaultLibrary;
        // Opening a library is mostly one-time JVM work (driver, native library, classes): about a second that
        // needs no toolkit, so it runs on a worker while JavaFX and the window start.
        firstOpen = BackgroundTasks.supply(() -> new LibraryOpener().open(libraryFile, isDefaultLibrary));
        // JavaFX warns on every start that it runs from the class path, which is how the jar runs it.
        JavaFxLogLevel.onlySevere();
        try {
            Application.launch(DesktopApp.class);
        } catch (RuntimeException | LinkageError e) {
            String line = ToolkitFailure.explain(e).orElse(null);
            if (line == null) {
                throw e;
            }
            LOG.error("the window system could not be started", e);
            closeFirstOpen();
            throw new DesktopUnavailable(line, e);
        }
    }

    /** The desktop cannot start on this machine; the message says what to do, in one line. */
    public static final class DesktopUnavailable extends RuntimeException {
        public DesktopUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Releases the library opened while the toolkit was starting (and with it, the lock file). */
    private static void closeFirstOpen() {
        try {
            if (firstOpen.join() instanceof LibraryOpener.Opened opened) {
                opened.library().close();
            }
        } catch (RuntimeException e) {
            LOG.warn("closing the library after a failed start", e);
        }
    }

    public static void setWiring(Wiring w) {
        wiring = w;
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> LOG.error("uncaught on the FX thread", e));
        ShellPreferences prefs = new ShellPreferences(UiPreferences.forUser());
        if (!firstOpen.isDone()) {
            StartupWarmup.prepare(prefs.theme());
        }
        BlogLibrary library = openOrAsk(LIBRARY.get(), firstOpen.join());
        if (library == null) {
            Platform.exit();
            return;
        }
        LOG.info("opened library {}", library.file());
        window = new MainWindow(stage, library, prefs,
                wiring.editors(), wiring.exportRunner(), wiring.importRunner(),
                uri -> getHostServices().showDocument(uri));
        window.show();
        if (OPEN_FILE.get() != null) {
            window.viewModel().openMarkdownFile(OPEN_FILE.get(), new FxDialogService(stage));
        }
    }

    /** Tries the library; on failure asks what to do until a library opens or the user quits (null). */
    private static BlogLibrary openOrAsk(Path file, LibraryOpener.Outcome first) {
        LibraryOpener opener = new LibraryOpener();
        LibraryOpener.Outcome outcome = first;
        Path current = file;
        while (outcome instanceof LibraryOpener.Failed failed) {
            StartupDialog.Choice choice = new StartupDialog().ask(failed);
            if (choice instanceof StartupDialog.OpenOther o) {
                current = o.file();
                outcome = opener.open(current, false);
            } else if (choice instanceof StartupDialog.CreateNew c) {
                current = c.file();
                outcome = opener.open(current, false);
            } else if (choice instanceof StartupDialog.Restore r) {
                outcome = opener.restoreAndOpen(r.backup(), current);
            } else {
                return null;
            }
        }
        return ((LibraryOpener.Opened) outcome).library();
    }

    /** The window of this run, closed in {@link #stop()} if the app ends without closing it (Platform.exit). */
    private MainWindow window;

    @Override
    public void stop() {
        if (window != null) {
            // Idempotent: after the window's own close this does nothing; otherwise it saves, closes the
            // library and so removes its lock file.
            window.viewModel().close();
        }
        BackgroundTasks.flushWrites();
    }
}
