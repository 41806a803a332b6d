package dev.blogwright.gui;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.Theme;
import dev.blogwright.gui.editor.MarkdownEditorView;
import dev.blogwright.gui.sync.AutoSync;
import dev.blogwright.model.Post;
import dev.blogwright.store.TestLibraries.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;

/**
 * Pictures of the sync indicator in each state and of the Sync dialog, as a person sees them: run under Xvfb
 * (1280×800) with the real window system, each picture taken of the whole screen with ImageMagick's
 * {@code import}. Arguments: the output folder and {@code light} or {@code dark}. Not a test: a tool for looking.
 */
public final class SyncShotsMain {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private static MainWindow window;

    private SyncShotsMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Theme theme = Theme.fromKey(args[1]);
        Path dir = Files.createTempDirectory("sync-shots");
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        String url = bare.toUri().toString();
        BlogLibrary laptop = BlogLibrary.open(dir.resolve("laptop.db"), OpenMode.CREATE, CLOCK);
        laptop.installSample();
        LibraryTexts.sync(laptop).init(url);
        Path desktop = dir.resolve("desktop").resolve("library.db");
        Files.createDirectories(desktop.getParent());
        try (BlogLibrary lib = BlogLibrary.open(desktop, OpenMode.CREATE)) {
            LibraryTexts.sync(lib).init(url);
        }
        Platform.startup(() -> { });
        Preferences node = TestWindows.freshPreferences();
        fx(() -> {
            Stage stage = new Stage();
            window = TestWindows.show(stage, laptop, node);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
            window.viewModel().themeProperty().set(theme);
        });
        Thread.sleep(12000);
        String t = args[1];
        shot(out, t + "-1-not-synced-yet");

        tick(300);
        shot(out, t + "-2-synced-just-now");
        tick(150);
        shot(out, t + "-3-synced-2-min-ago");

        CountDownLatch proceed = new CountDownLatch(1);
        fx(() -> sync().setRunner((service, attach) -> {
            try {
                proceed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return service.sync();
        }));
        CLOCK.advanceSeconds(300);
        fx(() -> sync().tick());
        Thread.sleep(800);
        shot(out, t + "-4-syncing");
        // The sync waits on the network; the writer types on, and the status bar says the text is saved.
        fx(() -> ((MarkdownEditorView) ((DeferredEditor) window.viewModel().editor()).create()).area()
                .insertText(0, "Typed while the sync waits on a slow network. "));
        Thread.sleep(4000);
        shot(out, t + "-4b-saved-while-syncing");
        proceed.countDown();
        waitFor(() -> !sync().runningProperty().get());

        Path moved = dir.resolve("moved.git");
        Files.move(bare, moved);
        tick(300);
        shot(out, t + "-5-offline");
        Files.move(moved, bare);
        // What a refused token or key looks like (no server here refuses one): the runner fails as Remote would.
        fx(() -> sync().setRunner((service, attach) -> {
            throw new dev.blogwright.logic.sync.SyncException("auth: https://git.example/blog.git refused the"
                    + " credentials (not authorized)");
        }));
        tick(600);
        shot(out, t + "-5b-sign-in-refused");
        fx(() -> sync().setRunner((service, attach) -> service.sync()));
        tick(1200);

        // The same first line rewritten on both computers, in the open post and one more: two conflicts.
        List<Post> posts = laptop.posts().list(dev.blogwright.logic.post.PostQuery.all()).stream()
                .limit(2).map(s -> laptop.posts().find(s.id()).orElseThrow()).toList();
        try (BlogLibrary lib = BlogLibrary.open(desktop, OpenMode.WRITE)) {
            for (Post p : posts) {
                Post there = lib.posts().findBySlug(p.slug()).orElseThrow();
                lib.posts().save(there.toBuilder().body("Rewritten on the desktop.\n\n" + there.body()).build(), true);
            }
            LibraryTexts.sync(lib).sync();
        }
        fx(() -> window.viewModel().editor().flush());
        for (Post p : posts) {
            Post here = laptop.posts().find(p.id()).orElseThrow();
            laptop.posts().save(here.toBuilder().body("Rewritten on the laptop.\n\n" + here.body()).build(), true);
        }
        fx(() -> window.viewModel().libraryChanged());
        tick(300);
        Thread.sleep(1500);
        shot(out, t + "-6-two-conflicts");

        fx(() -> sync().openDialog());
        Thread.sleep(1500);
        shot(out, t + "-7-sync-dialog");
        fx(() -> {
            window.close();
            Platform.exit();
        });
        System.exit(0);
    }

    private static AutoSync sync() {
        return window.sync();
    }

    private static void tick(long seconds) throws Exception {
        CLOCK.advanceSeconds(seconds);
        fx(() -> sync().tick());
        Thread.sleep(300);
        waitFor(() -> !sync().runningProperty().get());
        // The window system gets the new frame a moment later, more so on a loaded machine.
        Thread.sleep(2000);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 300; i++) {
            FutureTask<Boolean> check = new FutureTask<>(condition::getAsBoolean);
            Platform.runLater(check);
            if (check.get(10, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out");
    }

    private static void fx(Runnable r) throws Exception {
        FutureTask<Void> task = new FutureTask<>(r, null);
        Platform.runLater(task);
        task.get(30, TimeUnit.SECONDS);
    }

    private static void shot(Path out, String name) throws Exception {
        Files.createDirectories(out);
        Process p = new ProcessBuilder("import", "-window", "root", out.resolve(name + ".png").toString())
                .inheritIO().start();
        p.waitFor(30, TimeUnit.SECONDS);
    }
}
