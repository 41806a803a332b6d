package dev.blogwright.bench;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.FxDialogService;
import dev.blogwright.gui.editor.EditorServices;
import dev.blogwright.gui.editor.MarkdownEditorView;
import dev.blogwright.gui.preview.PreviewPage;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.w3c.dom.Element;

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
        List<Post> posts = library.posts().posts(PostQuery.all());
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.toString().split("\\s+").length < 3000; i++) {
            body.append(posts.get(i % posts.size()).body()).append("\n\n");
        }
        long id = library.posts().create(Post.draft("Keystroke benchmark", body.toString()).build()).id();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        MarkdownEditorView editor = fx(() -> {
            EditorServices all = new ViewModels(library).editorServices();
            EditorServices services = spelling ? all : new EditorServices(all.posts(), all.taxonomy(),
                    all.settings(), all.assets(), all.revisions(), all.goals());
            MarkdownEditorView view = new MarkdownEditorView(services, new FxDialogService(null));
            Stage stage = new Stage();
            stage.setScene(new Scene((Parent) view.node(), 1200, 800));
            stage.show();
            view.open(id);
            return view;
        });
        waitFor(() -> fx(() -> previewText(editor).length() > 1000), 60_000);
        // The first check reads the dictionary (about half a second of CPU): let it finish before measuring.
        Thread.sleep(8000);
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < count + 10; i++) {
            // Letters only: "zqx12" reads as an identifier, not a word, and would never be checked.
            String token = " zqx" + letters(i);
            long start = System.nanoTime();
            fx(() -> {
                editor.area().appendText(token);
                return null;
            });
            waitFor(() -> fx(() -> previewText(editor).contains(token.strip())), 10_000);
            double ms = (System.nanoTime() - start) / 1e6;
            if (i >= 10) {
                all.add(ms);
            }
            Thread.sleep(i % 4 == 3 ? 450 : 60);
        }
        Thread.sleep(2000);
        int marked = fx(() -> (int) editor.area().misspelled().stream()
                .filter(r -> editor.area().getText(r.start(), r.end()).startsWith("zqx")).count());
        Collections.sort(all);
        System.out.printf(Locale.ROOT, "spelling=%s keystrokes=%d p50=%.1f ms p95=%.1f ms max=%.1f ms typed-words-marked=%d%n",
                spelling ? "on" : "off", all.size(), all.get(all.size() / 2), all.get((int) Math.ceil(all.size() * 0.95) - 1),
                all.get(all.size() - 1), marked);
        fx(() -> {
            editor.flush();
            return null;
        });
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

    private static String previewText(MarkdownEditorView editor) {
        var doc = editor.preview().document();
        Element article = doc == null ? null : doc.getElementById(PreviewPage.ARTICLE_ID);
        return article == null ? "" : article.getTextContent();
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition, long timeoutMs) throws Exception {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(1);
        }
    }
}
