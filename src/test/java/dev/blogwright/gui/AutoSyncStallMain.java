package dev.blogwright.gui;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.model.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;

/**
 * Measures what an automatic sync costs the writer: how long it takes in the app (tick to done) on a library of
 * {@code args[0]} posts with one post changed elsewhere, and the longest gap between two frames of the FX thread
 * while it runs (typing is handled between frames). Run under Xvfb; prints one line per sync. Not a test.
 */
public final class AutoSyncStallMain {
    private static MainWindow window;

    private AutoSyncStallMain() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("sync-stall");
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        String url = bare.toUri().toString();
        BlogLibrary laptop = BlogLibrary.open(dir.resolve("laptop.db"), OpenMode.CREATE);
        laptop.installSample();
        for (int i = 0; i < count; i++) {
            laptop.posts().create(Post.draft("Post number " + i, ("Paragraph of post " + i + ".\n\n").repeat(20))
                    .build());
        }
        LibraryTexts.sync(laptop).init(url);
        Path desktop = dir.resolve("desktop").resolve("library.db");
        Files.createDirectories(desktop.getParent());
        try (BlogLibrary lib = BlogLibrary.open(desktop, OpenMode.CREATE)) {
            LibraryTexts.sync(lib).init(url);
        }
        Platform.startup(() -> { });
        Preferences node = TestWindows.freshPreferences();
        fx(() -> window = TestWindows.show(new Stage(), laptop, node));
        Thread.sleep(8000);
        AtomicLong lastFrame = new AtomicLong(System.nanoTime());
        AtomicLong worst = new AtomicLong();
        fx(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                worst.accumulateAndGet(t - lastFrame.getAndSet(t), Math::max);
            }
        }.start());
        for (int round = 1; round <= 5; round++) {
            try (BlogLibrary lib = BlogLibrary.open(desktop, OpenMode.WRITE)) {
                Post p = lib.posts().findBySlug("post-number-" + round).orElseThrow();
                lib.posts().save(p.toBuilder().body(p.body() + "Edited on the desktop, round " + round + ".\n")
                        .build(), true);
                LibraryTexts.sync(lib).sync();
            }
            Thread.sleep(500);
            worst.set(0);
            lastFrame.set(System.nanoTime());
            long start = System.nanoTime();
            fx(() -> window.sync().syncNow());
            while (Boolean.TRUE.equals(call(() -> window.sync().runningProperty().get()))) {
                Thread.sleep(5);
            }
            long took = System.nanoTime() - start;
            System.out.printf("round %d: %d posts, sync in the app %d ms, longest frame gap meanwhile %d ms%n", round,
                    count + 6, took / 1_000_000, worst.get() / 1_000_000);
        }
        fx(() -> {
            window.close();
            Platform.exit();
        });
        System.exit(0);
    }

    private static void fx(Runnable r) throws Exception {
        FutureTask<Void> task = new FutureTask<>(r, null);
        Platform.runLater(task);
        task.get(60, TimeUnit.SECONDS);
    }

    private static <T> T call(java.util.concurrent.Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
