package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.editor.MarkdownEditorView;
import dev.blogwright.gui.sync.AutoSync;
import dev.blogwright.logic.sync.SyncReport;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostSummary;
import dev.blogwright.store.TestLibraries.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A sync over a slow link (issue 19): the fetch or the push takes many seconds, held here by a runner that waits
 * on a latch before or after the real sync. Meanwhile the writer types, saves, switches posts and closes the window,
 * and the app answers within about a second; nothing typed is lost and the next sync pushes it.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AutoSyncSlowNetworkTest {
    /** What "answers at once" means here: the autosave waits up to a second by design, plus a loaded machine. */
    private static final long ANSWER_SECONDS = 3;
    /**
     * How long a background save or read may take on a loaded machine. The slow part holds until the test lets it
     * go (up to 60 s), so what arrives meanwhile did not wait behind the sync.
     */
    private static final long ARRIVES_SECONDS = 15;
    private static final Duration INTERVAL = Duration.ofMinutes(5);
    @TempDir
    Path dir;
    private Path desktop;
    private Path laptopFile;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private Preferences node;
    private MainWindow window;
    private final CountDownLatch slowPart = new CountDownLatch(1);
    /** Counted down when the slow runner returns: the sync has done all it will do with the library. */
    private final CountDownLatch runnerDone = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        laptopFile = dir.resolve("laptop.db");
        BlogLibrary laptop = BlogLibrary.open(laptopFile, OpenMode.CREATE, clock);
        laptop.installSample();
        LibraryTexts.sync(laptop).init(bare.toUri().toString());
        desktop = dir.resolve("desktop").resolve("library.db");
        Files.createDirectories(desktop.getParent());
        withDesktop(lib -> LibraryTexts.sync(lib).init(bare.toUri().toString()));
        node = TestWindows.freshPreferences();
        window = TestWindows.show(stage, laptop, node);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        slowPart.countDown();
        robot.interact(() -> window.close());
        TestWindows.remove(node);
    }

    private void withDesktop(Consumer<BlogLibrary> work) {
        try (BlogLibrary lib = BlogLibrary.open(desktop, OpenMode.CREATE)) {
            work.accept(lib);
        }
    }

    private String desktopBody(String slug) {
        String[] body = new String[1];
        withDesktop(lib -> {
            LibraryTexts.sync(lib).sync();
            body[0] = lib.posts().findBySlug(slug).orElseThrow().body();
        });
        return body[0];
    }

    private static void settle(BooleanSupplier condition) throws Exception {
        within(30, condition);
    }

    /** Waits at most {@code seconds} for {@code condition}; fails the test if it does not come. */
    private static void within(long seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private AutoSync sync() {
        return window.sync();
    }

    private TableView<PostSummary> table(FxRobot robot) {
        return robot.lookup(".table-view").queryTableView();
    }

    private MarkdownEditorView openFirstPost(FxRobot robot) throws Exception {
        return TestWindows.openFirstPost(robot, window);
    }

    private Post laptopPost(long id) {
        return window.viewModel().library().posts().find(id).orElseThrow();
    }

    /** Starts an automatic sync whose runner holds in the slow part: before the real sync (the fetch) or after. */
    private void slowSync(boolean slowFetch) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        sync().setRunner((service, url) -> {
            try {
                started.countDown();
                if (slowFetch) {
                    await();
                }
                SyncReport report = service.sync();
                if (!slowFetch) {
                    await();
                }
                return report;
            } finally {
                runnerDone.countDown();
            }
        });
        clock.advanceSeconds(INTERVAL.toSeconds());
        WaitForAsyncUtils.asyncFx(() -> sync().tick()).get(15, TimeUnit.SECONDS);
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    }

    private void await() {
        try {
            slowPart.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code action} on the FX thread and returns how long the FX thread was busy with it, in ms. */
    private static long fxMillis(Runnable action) throws Exception {
        Supplier<Long> timed = () -> {
            long t = System.nanoTime();
            action.run();
            return (System.nanoTime() - t) / 1_000_000;
        };
        return WaitForAsyncUtils.asyncFx(timed::get).get(ANSWER_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void typingSavingAndSwitchingPostsAnswerAtOnceWhileTheFetchIsSlow(FxRobot robot) throws Exception {
        MarkdownEditorView editor = openFirstPost(robot);
        long open = editor.viewModel().getCurrent().id();
        String slug = laptopPost(open).slug();
        long other = table(robot).getItems().get(1).id();
        slowSync(true);
        assertThat(sync().runningProperty().get()).isTrue();

        assertThat(fxMillis(() -> editor.area().insertText(0, "Typed during the slow sync. "))).isLessThan(1000);
        // The autosave reaches the library while the sync still waits on the network.
        within(ARRIVES_SECONDS, () -> laptopPost(open).body().startsWith("Typed during the slow sync. "));
        assertThat(fxMillis(() -> table(robot).getSelectionModel().clearAndSelect(1))).isLessThan(1000);
        within(ARRIVES_SECONDS, () -> editor.viewModel().getCurrent().id() == other);
        assertThat(fxMillis(() -> table(robot).getSelectionModel().clearAndSelect(0))).isLessThan(1000);
        within(ARRIVES_SECONDS, () -> editor.viewModel().getCurrent().id() == open);
        assertThat(editor.area().getText()).startsWith("Typed during the slow sync. ");
        robot.interact(() -> editor.area().insertText(0, "Saved with Ctrl+S. "));
        robot.interact(() -> editor.area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        within(ARRIVES_SECONDS, () -> laptopPost(open).body().startsWith("Saved with Ctrl+S. Typed during"));
        assertThat(sync().runningProperty().get()).as("the sync still waits on the network").isTrue();

        slowPart.countDown();
        settle(() -> !sync().runningProperty().get());
        assertThat(editor.area().getText()).startsWith("Saved with Ctrl+S. Typed during the slow sync. ");
        sync().setRunner((service, url) -> service.sync());
        clock.advanceSeconds(INTERVAL.toSeconds());
        robot.interact(() -> sync().tick());
        settle(() -> !sync().runningProperty().get());
        assertThat(desktopBody(slug)).startsWith("Saved with Ctrl+S. Typed during the slow sync. ");
    }

    @Test
    void typingWhileTheSlowPushRunsMergesWithWhatTheSyncBroughtIn(FxRobot robot) throws Exception {
        MarkdownEditorView editor = openFirstPost(robot);
        long open = editor.viewModel().getCurrent().id();
        String slug = laptopPost(open).slug();
        withDesktop(lib -> {
            Post p = lib.posts().findBySlug(slug).orElseThrow();
            lib.posts().save(p.toBuilder().body(p.body() + "\n\nA paragraph from the desktop.\n").build(), true);
            LibraryTexts.sync(lib).sync();
        });
        slowSync(false);
        // The import is in; the push hangs. What the writer types now is saved over the imported text.
        settle(() -> laptopPost(open).body().contains("A paragraph from the desktop."));
        robot.interact(() -> editor.area().insertText(0, "Typed during the push. "));
        within(ARRIVES_SECONDS, () -> laptopPost(open).body().startsWith("Typed during the push. "));
        assertThat(laptopPost(open).body()).as("the save merged, not overwrote")
                .contains("A paragraph from the desktop.");
        assertThat(sync().runningProperty().get()).isTrue();

        slowPart.countDown();
        settle(() -> !sync().runningProperty().get());
        settle(() -> editor.area().getText().contains("A paragraph from the desktop."));
        assertThat(editor.area().getText()).startsWith("Typed during the push. ");
        sync().setRunner((service, url) -> service.sync());
        clock.advanceSeconds(INTERVAL.toSeconds());
        robot.interact(() -> sync().tick());
        settle(() -> !sync().runningProperty().get());
        assertThat(desktopBody(slug)).startsWith("Typed during the push. ").contains("A paragraph from the desktop.");
        assertThat(sync().statusProperty().get().conflicts()).isZero();
    }

    @Test
    void closingTheWindowDuringASlowSyncDoesNotWaitAndTheNextSyncCompletes(FxRobot robot) throws Exception {
        MarkdownEditorView editor = openFirstPost(robot);
        long open = editor.viewModel().getCurrent().id();
        String slug = laptopPost(open).slug();
        slowSync(true);
        robot.interact(() -> editor.area().insertText(0, "Typed just before closing. "));
        assertThat(fxMillis(() -> window.close())).isLessThan(ANSWER_SECONDS * 1000);
        // The abandoned sync goes on now and finds the library closed: it writes nothing.
        slowPart.countDown();
        // Before the library is opened again: the abandoned sync has finished (not a guessed half second).
        assertThat(runnerDone.await(30, TimeUnit.SECONDS)).isTrue();
        try (BlogLibrary reopened = BlogLibrary.open(laptopFile, OpenMode.WRITE)) {
            assertThat(reopened.posts().find(open).orElseThrow().body()).startsWith("Typed just before closing. ");
            LibraryTexts.sync(reopened).sync();
        }
        assertThat(desktopBody(slug)).startsWith("Typed just before closing. ");
    }
}
