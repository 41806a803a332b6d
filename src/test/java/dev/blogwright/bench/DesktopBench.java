package dev.blogwright.bench;

import static dev.blogwright.bench.TypingProbe.fx;
import static dev.blogwright.bench.TypingProbe.waitFor;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.EditorFactory;
import dev.blogwright.gui.MainWindow;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.UiPreferences;
import dev.blogwright.gui.startup.ProcessAge;
import dev.blogwright.gui.startup.StartupWarmup;
import dev.blogwright.logic.post.PostQuery;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Figure 7 of the benchmark, in a headless JavaFX (Monocle) run: time from process start to the first frame of
 * the main window with the post list filled, the heap in use then, and keystroke → preview latency on a
 * 3,000-word post. Types into the library it is given, so give it a copy. Usage:
 * {@code DesktopBench LIBRARY OUT [KEYSTROKES]}.
 */
public final class DesktopBench {
    private DesktopBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        Instant processStart = ProcessAge.startInstant();
        // The library is opened where it lies: the caller gives a copy, made before the process starts, so the
        // figure holds what a user's start holds and not the time to copy 100 MB.
        Path copy = Path.of(args[0]);
        double mainMs = Duration.between(processStart, Instant.now()).toNanos() / 1e6;
        int keystrokes = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Map<String, String> r = new LinkedHashMap<>();
        // As DesktopApp does: the library opens on a worker while the toolkit starts and the FX thread warms up.
        CompletableFuture<BlogLibrary> opened = BackgroundTasks.supply(() -> BlogLibrary.open(copy, OpenMode.WRITE));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        Preferences node = Preferences.userRoot().node("dev/blogwright/bench-" + UUID.randomUUID());
        ShellPreferences prefs = new ShellPreferences(new UiPreferences(node));
        fx(() -> {
            if (!opened.isDone()) {
                StartupWarmup.prepare(prefs.theme());
            }
            return null;
        });
        BlogLibrary library = opened.get(60, TimeUnit.SECONDS);

        // The first frame with the list: the first pulse whose layout shows rows, timed when that layout is done.
        CompletableFuture<Instant> listShown = new CompletableFuture<>();
        int[] rowsShown = new int[1];
        MainWindow window = fx(() -> {
            MainWindow w = new MainWindow(new Stage(), library, prefs,
                    EditorFactory.current(), null, null, uri -> { });
            w.stage().getScene().addPostLayoutPulseListener(() -> {
                if (!listShown.isDone() && !w.viewModel().list().posts().isEmpty()) {
                    rowsShown[0] = w.viewModel().list().posts().size();
                    listShown.complete(Instant.now());
                }
            });
            w.show();
            return w;
        });
        double firstFrame = Duration.between(processStart, listShown.get(120, TimeUnit.SECONDS)).toNanos() / 1e6;
        r.put("desktop.first_frame.ms", fmt(firstFrame));
        r.put("desktop.jvm_start.ms", fmt(mainMs));
        r.put("desktop.list.rows", Integer.toString(rowsShown[0]));
        // The list shows its first page first; say when every row was there too.
        waitFor(() -> fx(() -> !window.viewModel().list().loadingProperty().get()), Duration.ofSeconds(120));
        r.put("desktop.list_complete.ms", fmt(Duration.between(processStart, Instant.now()).toNanos() / 1e6));
        r.put("desktop.list.total_rows", Integer.toString(fx(() -> window.viewModel().list().posts().size())));
        // The heap figure is taken once the window is complete: the editor built and the first post open in it.
        waitFor(() -> fx(() -> window.viewModel().editor().currentPostProperty().get() != null),
                Duration.ofSeconds(60));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        r.put("desktop.heap_used.mb", fmt((rt.totalMemory() - rt.freeMemory()) / 1048576.0));

        Samples latency = keystrokes(window.viewModel().library(), keystrokes);
        r.put("desktop.keystrokes", Integer.toString(keystrokes));
        r.put("desktop.keystroke.p50.ms", fmt(latency.median()));
        r.put("desktop.keystroke.p95.ms", fmt(latency.percentile(95)));
        r.put("desktop.keystroke.max.ms", fmt(latency.max()));
        fx(() -> {
            window.close();
            return null;
        });
        node.removeNode();
        InProcessBench.write(r, Path.of(args[1]));
        Platform.exit();
        System.exit(0);
    }

    /** Types a word at a time at the end of a 3,000-word post and waits for the preview's DOM to show it. */
    private static Samples keystrokes(BlogLibrary library, int count) throws Exception {
        TypingProbe probe = TypingProbe.open(library, library.posts().posts(PostQuery.all().page(6, 0)),
                new ViewModels(library).editorServices());
        List<Double> samples = probe.type(count, i -> "zqx" + i, i -> 60);
        probe.flush();
        return new Samples(samples);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
