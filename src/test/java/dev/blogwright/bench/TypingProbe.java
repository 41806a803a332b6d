package dev.blogwright.bench;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.FxDialogService;
import dev.blogwright.gui.editor.EditorServices;
import dev.blogwright.gui.editor.MarkdownEditorView;
import dev.blogwright.gui.preview.PreviewPage;
import dev.blogwright.model.Post;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.w3c.dom.Element;

/**
 * Keystroke → preview, as the desktop benchmarks measure it: a 3,000-word post open in a real editor, a word appended
 * at a time, and the time until the preview's DOM shows it. The benchmarks differ only in the words and the pauses.
 */
final class TypingProbe {
    /** Keystrokes before the measured ones, while the first renders warm up. */
    static final int WARM_UP = 10;

    private final MarkdownEditorView editor;

    private TypingProbe(MarkdownEditorView editor) {
        this.editor = editor;
    }

    /** A new 3,000-word draft made of {@code sources}' bodies, open in an editor in its own window. */
    static TypingProbe open(BlogLibrary library, List<Post> sources, EditorServices services) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.toString().split("\\s+").length < 3000; i++) {
            body.append(sources.get(i % sources.size()).body()).append("\n\n");
        }
        long id = library.posts().create(Post.draft("Keystroke benchmark", body.toString()).build()).id();
        TypingProbe probe = new TypingProbe(fx(() -> {
            MarkdownEditorView view = new MarkdownEditorView(services, new FxDialogService(null));
            Stage stage = new Stage();
            stage.setScene(new Scene((Parent) view.node(), 1200, 800));
            stage.show();
            view.open(id);
            return view;
        }));
        waitFor(() -> fx(() -> probe.previewText().length() > 1000), Duration.ofSeconds(60));
        return probe;
    }

    MarkdownEditorView editor() {
        return editor;
    }

    /**
     * Types {@code count} measured words (after {@link #WARM_UP} unmeasured ones), word i being {@code word.apply(i)}
     * and followed by a pause of {@code pauseMs.applyAsInt(i)}; the milliseconds each took to reach the preview.
     */
    List<Double> type(int count, IntFunction<String> word, IntUnaryOperator pauseMs) throws Exception {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count + WARM_UP; i++) {
            String token = " " + word.apply(i);
            long start = System.nanoTime();
            fx(() -> {
                editor.area().appendText(token);
                return null;
            });
            waitFor(() -> fx(() -> previewText().contains(token.strip())), Duration.ofSeconds(10));
            double ms = (System.nanoTime() - start) / 1e6;
            if (i >= WARM_UP) {
                samples.add(ms);
            }
            Thread.sleep(pauseMs.applyAsInt(i));
        }
        return samples;
    }

    /** Saves what was typed, as closing the editor would. */
    void flush() throws Exception {
        fx(() -> {
            editor.flush();
            return null;
        });
    }

    private String previewText() {
        var doc = editor.preview().document();
        Element article = doc == null ? null : doc.getElementById(PreviewPage.ARTICLE_ID);
        return article == null ? "" : article.getTextContent();
    }

    static <T> T fx(Supplier<T> work) throws Exception {
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

    static void waitFor(ThrowingCondition condition, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.test()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + timeout);
            }
            Thread.sleep(1);
        }
    }

    @FunctionalInterface
    interface ThrowingCondition {
        boolean test() throws Exception;
    }
}
