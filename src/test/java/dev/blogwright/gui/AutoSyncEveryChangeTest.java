package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.sync.AutoSync;
import dev.blogwright.gui.sync.AutoSyncSettings;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostSummary;
import dev.blogwright.store.TestLibraries.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.prefs.Preferences;
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
 * "Sync after saving" (issue 19) hears every change to the library, not only the editor's saves: a category
 * renamed, a post trashed, the blog's settings changed, each made through the library's own services as the list,
 * the managers and the settings dialog make them. The timer's tick sees it and the after-save sync follows 30 s
 * later, carrying it to the other computer; a sync's own import schedules nothing.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AutoSyncEveryChangeTest {
    private static final Duration AFTER_SAVE = Duration.ofSeconds(30);
    private static final Duration INTERVAL = Duration.ofMinutes(15);
    @TempDir
    Path dir;
    private Path desktop;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private Preferences node;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        BlogLibrary laptop = BlogLibrary.open(dir.resolve("laptop.db"), OpenMode.CREATE, clock);
        laptop.installSample();
        LibraryTexts.sync(laptop).init(bare.toUri().toString());
        desktop = dir.resolve("desktop").resolve("library.db");
        Files.createDirectories(desktop.getParent());
        withDesktop(lib -> LibraryTexts.sync(lib).init(bare.toUri().toString()));
        node = TestWindows.freshPreferences();
        window = TestWindows.show(stage, laptop, node);
        window.sync().choose(new AutoSyncSettings.Choice((int) INTERVAL.toMinutes(), true));
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

    private <T> T onDesktopAfterSync(Function<BlogLibrary, T> read) {
        Object[] out = new Object[1];
        withDesktop(lib -> {
            LibraryTexts.sync(lib).sync();
            out[0] = read.apply(lib);
        });
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    private AutoSync sync() {
        return window.sync();
    }

    private BlogLibrary laptop() {
        return window.viewModel().library();
    }

    private static void settle(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    /** A first sync, as the app runs soon after it opens; after it only the interval is due. */
    private void syncedOnce(FxRobot robot) throws Exception {
        robot.interact(() -> sync().syncNow());
        settle(() -> !sync().runningProperty().get());
        assertThat(sync().scheduler().nextDue()).contains(clock.instant().plus(INTERVAL));
    }

    /** Ticks until the scheduler has the after-save sync due, then lets its 30 s pass and waits for that sync. */
    private void afterSaveSyncRuns(FxRobot robot) throws Exception {
        Instant changedAt = clock.instant();
        settle(() -> {
            robot.interact(() -> sync().tick());
            return sync().scheduler().nextDue().equals(Optional.of(changedAt.plus(AFTER_SAVE)));
        });
        clock.advanceSeconds(AFTER_SAVE.toSeconds() - 1);
        robot.interact(() -> sync().tick());
        assertThat(sync().runningProperty().get()).as("not before its time").isFalse();
        clock.advanceSeconds(1);
        robot.interact(() -> sync().tick());
        settle(() -> !sync().runningProperty().get());
    }

    @Test
    void aCategoryRenamedInTheManagerIsSyncedAfterSaving(FxRobot robot) throws Exception {
        syncedOnce(robot);
        Category c = laptop().taxonomy().categories().get(0);
        laptop().taxonomy().updateCategory(new Category(c.id(), c.name() + " Renamed", c.slug(), c.description(),
                c.colour(), c.position(), c.parentId()));
        afterSaveSyncRuns(robot);
        List<String> names = onDesktopAfterSync(lib -> lib.taxonomy().categories().stream().map(Category::name)
                .toList());
        assertThat(names).contains(c.name() + " Renamed").doesNotContain(c.name());
    }

    @Test
    void aPostTrashedInTheListIsSyncedAfterSaving(FxRobot robot) throws Exception {
        syncedOnce(robot);
        PostSummary first = laptop().posts().list(PostQuery.all()).get(0);
        laptop().organizer().trash(List.of(first.id()));
        afterSaveSyncRuns(robot);
        Optional<Boolean> trashed = onDesktopAfterSync(lib -> lib.posts().findBySlug(first.slug()).map(Post::trashed));
        assertThat(trashed).contains(true);
    }

    @Test
    void theBlogsSettingsChangedAreSyncedAfterSaving(FxRobot robot) throws Exception {
        syncedOnce(robot);
        laptop().settings().save(laptop().settings().load().withTimeZone("Europe/Berlin"));
        afterSaveSyncRuns(robot);
        String zone = onDesktopAfterSync(lib -> lib.settings().load().zone().getId());
        assertThat(zone).isEqualTo("Europe/Berlin");
    }

    @Test
    void aSyncThatBringsInTheOtherComputersWorkSchedulesNoSyncAfterIt(FxRobot robot) throws Exception {
        withDesktop(lib -> {
            lib.posts().create(Post.draft("Written on the desktop", "Hello.\n").build());
            LibraryTexts.sync(lib).sync();
        });
        robot.interact(() -> sync().syncNow());
        settle(() -> !sync().runningProperty().get());
        assertThat(laptop().posts().findBySlug("written-on-the-desktop")).isPresent();
        Instant syncedAt = clock.instant();
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> sync().tick());
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(sync().scheduler().nextDue()).contains(syncedAt.plus(INTERVAL));
    }
}
