package dev.blogwright.bench;

import static dev.blogwright.bench.TypingProbe.fx;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.editor.EditorServices;
import dev.blogwright.gui.editor.MarkdownEditorView;
import dev.blogwright.logic.post.PostQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Keystroke → preview with spelling as you type (BENCHMARKS.md, "Spelling"), headless: a word appended at a time
 * to a 3,000-word post of the sample blog, the time until the preview's DOM shows it. Unlike DesktopBench's steady
 * 60 ms rhythm (which never pauses long enough for a check), every fourth word is followed by a pause longer than
 * the spelling pause, so checks run on the worker while the next words are typed. Usage:
 * {@code SpellingTypingBench [KEYSTROKES] [on|off]} ("off": the same editor without spelling, for comparison).
 */
public final class SpellingTypingBench {
    private SpellingTypingBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        boolean spelling = args.length < 2 || !"off".equals(args[1]);
        Path dir = Files.createTempDirectory("spelling-bench");
        BlogLibrary library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        library.installSample();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        EditorServices all = new ViewModels(library).editorServices();
        EditorServices services = spelling ? all : new EditorServices(all.posts(), all.taxonomy(),
                all.settings(), all.assets(), all.revisions(), all.goals());
        TypingProbe probe = TypingProbe.open(library, library.posts().posts(PostQuery.all()), services);
        MarkdownEditorView editor = probe.editor();
        // The first check reads the dictionary (about half a second of CPU): let it finish before measuring.
        Thread.sleep(8000);
        // Letters only: "zqx12" reads as an identifier, not a word, and would never be checked.
        List<Double> samples = new ArrayList<>(probe.type(count, i -> "zqx" + letters(i), i -> i % 4 == 3 ? 450 : 60));
        Thread.sleep(2000);
        int marked = fx(() -> (int) editor.area().misspelled().stream()
                .filter(r -> editor.area().getText(r.start(), r.end()).startsWith("zqx")).count());
        Collections.sort(samples);
        System.out.printf(Locale.ROOT, "spelling=%s keystrokes=%d p50=%.1f ms p95=%.1f ms max=%.1f ms typed-words-marked=%d%n",
                spelling ? "on" : "off", samples.size(), samples.get(samples.size() / 2),
                samples.get((int) Math.ceil(samples.size() * 0.95) - 1), samples.get(samples.size() - 1), marked);
        probe.flush();
        library.close();
        Platform.exit();
        System.exit(0);
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}
