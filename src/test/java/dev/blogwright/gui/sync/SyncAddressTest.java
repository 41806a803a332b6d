package dev.blogwright.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A mistyped repository address: the sync says there is no repository there (not "offline"), and the Sync dialog's
 * Change… puts the right one in, after which the library syncs.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SyncAddressTest {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private AutoSync sync;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void open(FxRobot robot) {
        library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE);
        library.installSample();
        robot.interact(() -> sync = new AutoSync(library, Clock.systemUTC()));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> sync.stop());
        library.close();
    }

    private void settle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !sync.runningProperty().get();
        });
    }

    @Test
    void aMistypedAddressSaysNotFoundAndChangeFixesIt(FxRobot robot) throws Exception {
        String wrong = dir.resolve("no-such-repository.git").toUri().toString();
        robot.interact(() -> sync.attachTo(wrong));
        settle(robot);
        SyncStatus failed = sync.statusProperty().get();
        assertThat(failed.kind()).isEqualTo(SyncStatus.Kind.FAILED);
        assertThat(failed.detail()).startsWith("not found: no Git repository at " + wrong);

        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        String right = bare.toUri().toString();
        SyncViewModel[] holder = new SyncViewModel[1];
        robot.interact(() -> holder[0] = new SyncViewModel(sync, dialogs));
        assertThat(holder[0].remoteProperty().get()).isEqualTo(wrong);
        dialogs.answers.add(right);
        robot.interact(() -> holder[0].changeRemote());
        settle(robot);

        assertThat(dialogs.asked).containsExactly(wrong);
        assertThat(dialogs.confirmations).isZero();
        assertThat(LibraryTexts.sync(library).remote()).contains(right);
        assertThat(LibraryTexts.sync(library).hasSynced()).isTrue();
        assertThat(sync.statusProperty().get().kind()).isEqualTo(SyncStatus.Kind.SYNCED);
        assertThat(holder[0].remoteProperty().get()).isEqualTo(right);
        // Once synced, moving to yet another repository is asked first; saying no keeps the address.
        dialogs.answers.add(dir.resolve("elsewhere.git").toUri().toString());
        dialogs.confirmAnswer = false;
        robot.interact(() -> holder[0].changeRemote());
        assertThat(dialogs.confirmations).isEqualTo(1);
        assertThat(LibraryTexts.sync(library).remote()).contains(right);
    }
}
