package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.editor.MarkdownEditorView;
import dev.blogwright.gui.sync.AutoSync;
import dev.blogwright.gui.sync.SyncStatus;
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
import java.util.function.UnaryOperator;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.NotificationPane;
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
 * Automatic sync in the main window (issue 19): library A open in the app with a post in the editor, library B
 * ("the desktop") beside it, one bare repository between them. Syncs are started through the scheduler's tick on a
 * clock the test moves.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AutoSyncWindowTest {
    private static final Duration INTERVAL = Duration.ofMinutes(5);
    @TempDir
    Path dir;
    private Path bare;
    private Path desktop;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private Preferences node;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        BlogLibrary laptop = BlogLibrary.open(dir.resolve("laptop.db"), OpenMode.CREATE, clock);
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
        robot.interact(() -> window.close());
        TestWindows.remove(node);
    }

    private void withDesktop(Consumer<BlogLibrary> work) {
        try (BlogLibrary lib = BlogLibrary.open(desktop, OpenMode.CREATE)) {
            work.accept(lib);
        }
    }

    private void desktopEdits(String slug, UnaryOperator<String> edit) {
        withDesktop(lib -> {
            Post p = lib.posts().findBySlug(slug).orElseThrow();
            lib.posts().save(p.toBuilder().body(edit.apply(p.body())).build(), true);
            LibraryTexts.sync(lib).sync();
        });
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
        TestWindows.settle(condition);
    }

    private AutoSync sync() {
        return window.sync();
    }

    private TableView<PostSummary> table(FxRobot robot) {
        return robot.lookup(".table-view").queryTableView();
    }

    private String indicator(FxRobot robot) {
        return robot.lookup(".sync-indicator").queryAs(Button.class).getText();
    }

    /** What the indicator draws: its text unless the status bar had to cut it to "…". */
    private String drawn(FxRobot robot) {
        return robot.lookup(".sync-indicator .text").queryAs(Text.class).getText();
    }

    private void windowAt1280x800(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
        });
        // The scene follows the window's new size on a later event, and the status bar's text on a later pulse.
        settle(() -> window.stage().getScene().getWidth() <= 1280 && window.stage().getScene().getHeight() <= 800);
        robot.interact(() -> {
            window.stage().getScene().getRoot().applyCss();
            window.stage().getScene().getRoot().layout();
        });
    }

    /** The scheduler's interval passes and the timer ticks; waits until that sync is over. */
    private void automaticSync(FxRobot robot) throws Exception {
        clock.advanceSeconds(INTERVAL.toSeconds());
        robot.interact(() -> sync().tick());
        settle(() -> !sync().runningProperty().get());
    }

    private MarkdownEditorView openFirstPost(FxRobot robot) throws Exception {
        return TestWindows.openFirstPost(robot, window);
    }

    private Post laptopPost(long id) {
        return window.viewModel().library().posts().find(id).orElseThrow();
    }

    @Test
    void anotherComputersPostArrivesAndTextTypedDuringTheSyncIsKept(FxRobot robot) throws Exception {
        MarkdownEditorView editor = openFirstPost(robot);
        long open = editor.viewModel().getCurrent().id();
        String slug = laptopPost(open).slug();
        assertThat(indicator(robot)).isEqualTo("Not synced yet");

        withDesktop(lib -> {
            lib.posts().create(Post.draft("Written on the desktop", "Hello from the desktop.\n").build());
            LibraryTexts.sync(lib).sync();
        });
        automaticSync(robot);
        settle(() -> table(robot).getItems().stream().anyMatch(r -> r.title().equals("Written on the desktop")));
        assertThat(indicator(robot)).isEqualTo("Synced just now");

        // The desktop adds a paragraph to the post open here, while the laptop types at its start.
        desktopEdits(slug, body -> body + "\n\nA paragraph from the desktop.\n");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        sync().setRunner((service, url) -> {
            started.countDown();
            try {
                proceed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return service.sync();
        });
        robot.interact(() -> editor.area().insertText(0, "Typed before the sync. "));
        clock.advanceSeconds(INTERVAL.toSeconds());
        robot.interact(() -> sync().tick());
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(indicator(robot)).isEqualTo("Syncing…");
        robot.interact(() -> editor.area().insertText(0, "Typed during the sync. "));
        // Long enough for the autosave to queue behind the sync.
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertThat(editor.area().getText()).startsWith("Typed during the sync. Typed before the sync. ");
        proceed.countDown();
        settle(() -> !sync().runningProperty().get());
        assertThat(editor.area().getText()).startsWith("Typed during the sync. Typed before the sync. ");

        // Once nothing is unsaved, the editor takes the merged text: the typing and the desktop's paragraph.
        settle(() -> editor.area().getText().contains("A paragraph from the desktop."));
        assertThat(editor.area().getText()).startsWith("Typed during the sync. Typed before the sync. ");
        assertThat(laptopPost(open).body()).startsWith("Typed during the sync. Typed before the sync. ")
                .contains("A paragraph from the desktop.");

        automaticSync(robot);
        assertThat(sync().statusProperty().get().kind()).isEqualTo(SyncStatus.Kind.SYNCED);
        assertThat(desktopBody(slug)).startsWith("Typed during the sync. Typed before the sync. ")
                .contains("A paragraph from the desktop.");
        assertThat(sync().statusProperty().get().conflicts()).isZero();
    }

    @Test
    void theSameLineTypedHereAndChangedThereIsFlaggedWithBothKept(FxRobot robot) throws Exception {
        MarkdownEditorView editor = openFirstPost(robot);
        long open = editor.viewModel().getCurrent().id();
        String slug = laptopPost(open).slug();
        String firstLine = laptopPost(open).body().lines().findFirst().orElseThrow();
        desktopEdits(slug, body -> body.replaceFirst(java.util.regex.Pattern.quote(firstLine),
                "The desktop rewrote this line."));
        CountDownLatch proceed = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        sync().setRunner((service, url) -> {
            started.countDown();
            try {
                proceed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return service.sync();
        });
        clock.advanceSeconds(INTERVAL.toSeconds());
        robot.interact(() -> sync().tick());
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        robot.interact(() -> editor.area().replaceText(0, firstLine.length(), "The laptop rewrote this line."));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        proceed.countDown();
        settle(() -> !sync().runningProperty().get());
        settle(() -> sync().statusProperty().get().conflicts() == 1);
        assertThat(editor.area().getText()).startsWith("The laptop rewrote this line.");
        assertThat(laptopPost(open).body()).startsWith("The laptop rewrote this line.");
        var conflicts = LibraryTexts.conflicts(window.viewModel().library());
        assertThat(conflicts.other(conflicts.of(open).get(0)).body()).startsWith("The desktop rewrote this line.");
        assertThat(indicator(robot)).isEqualTo("1 conflict");
        windowAt1280x800(robot);
        assertThat(drawn(robot)).isEqualTo("1 conflict");
        NotificationPane notice = robot.lookup(".editor-notices").queryAs(NotificationPane.class);
        settle(notice::isShowing);
        assertThat(notice.getText()).contains("another computer");
    }

    @Test
    void aMissingRepositoryShowsOfflineWithoutADialogAndRetriesLater(FxRobot robot) throws Exception {
        openFirstPost(robot);
        Path moved = dir.resolve("moved.git");
        Files.move(bare, moved);
        automaticSync(robot);
        assertThat(sync().statusProperty().get().kind()).isEqualTo(SyncStatus.Kind.OFFLINE);
        assertThat(indicator(robot)).isEqualTo("Offline — will retry");
        assertThat(robot.listWindows().stream().filter(Window::isShowing)).hasSize(1);
        windowAt1280x800(robot);
        assertThat(drawn(robot)).isEqualTo("Offline — will retry");
        // Not before the interval again, then twice the interval.
        assertThat(sync().scheduler().nextDue()).contains(clock.instant().plus(INTERVAL));
        clock.advanceSeconds(INTERVAL.toSeconds() - 1);
        robot.interact(() -> sync().tick());
        assertThat(sync().runningProperty().get()).isFalse();
        clock.advanceSeconds(1);
        robot.interact(() -> sync().tick());
        settle(() -> !sync().runningProperty().get());
        assertThat(indicator(robot)).isEqualTo("Offline — will retry");
        assertThat(sync().scheduler().nextDue()).contains(clock.instant().plus(INTERVAL.multipliedBy(2)));

        Files.move(moved, bare);
        clock.advanceSeconds(INTERVAL.multipliedBy(2).toSeconds());
        robot.interact(() -> sync().tick());
        settle(() -> !sync().runningProperty().get());
        assertThat(indicator(robot)).isEqualTo("Synced just now");
        clock.advanceSeconds(150);
        robot.interact(() -> sync().tick());
        assertThat(indicator(robot)).isEqualTo("Synced 2 min ago");
    }
}
