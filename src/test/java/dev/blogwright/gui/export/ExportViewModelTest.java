package dev.blogwright.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.common.UiPreferences;
import dev.blogwright.logic.LibraryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class ExportViewModelTest {
    @TempDir
    Path dir;
    private Preferences node;
    private ShellPreferences prefs;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<ExportRunner.Request> requests = new ArrayList<>();

    /** Reports three steps, honours the cancel flag between them, and counts pages as written. */
    private final LibraryExport runner = (request, progress, cancelled) -> {
        requests.add(request);
        for (int i = 1; i <= 3; i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            progress.update(i, 3);
        }
        return new ExportRunner.Result(3, 1, 0, request.target(), 1);
    };

    @BeforeEach
    void open() {
        node = Preferences.userRoot().node("dev/blogwright/test-" + UUID.randomUUID());
        prefs = new ShellPreferences(new UiPreferences(node));
    }

    @AfterEach
    void close() throws BackingStoreException {
        node.removeNode();
    }

    /** No library: the view model knows only where the library file is and how to start its export. */
    private ExportViewModel vm(LibraryExport export) {
        return new ExportViewModel(dir.resolve("library.db"), export, prefs, dialogs, UiExecutor.direct(),
                Runnable::run);
    }

    @Test
    void theFirstFolderSuggestedIsBesideTheLibrary() {
        assertThat(vm(runner).targetProperty().get()).isEqualTo(dir.resolve("site").toString());
    }

    @Test
    void exportShowsTheSummaryAndRemembersTheFolder() {
        ExportViewModel vm = vm(runner);
        vm.targetProperty().set(dir.resolve("out").toString());
        vm.formatProperty().set(ExportRunner.Format.ZIP);
        vm.includeDraftsProperty().set(true);
        vm.start();
        assertThat(requests).containsExactly(new ExportRunner.Request(ExportRunner.Format.ZIP,
                dir.resolve("out").toAbsolutePath(), true));
        assertThat(vm.work().messageProperty().get()).isEqualTo("1 post rendered · 3 files written · 1 unchanged · 0 deleted");
        assertThat(vm.work().progressProperty().get()).isEqualTo(1.0);
        assertThat(vm(runner).targetProperty().get()).isEqualTo(dir.resolve("out").toAbsolutePath().toString());
    }

    @Test
    void cancelledExportSaysSoWithoutAnErrorDialog() {
        ExportViewModel vm = vm((request, progress, cancelled) -> {
            throw new CancellationException();
        });
        vm.targetProperty().set(dir.toString());
        vm.start();
        assertThat(vm.work().messageProperty().get()).isEqualTo("Export cancelled.");
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void failedExportShowsOneLine() {
        ExportViewModel vm = vm((request, progress, cancelled) -> {
            throw new LibraryException("The folder is read-only.");
        });
        vm.targetProperty().set(dir.toString());
        vm.start();
        assertThat(dialogs.errors).containsExactly("The export failed: The folder is read-only.");
        assertThat(vm.work().runningProperty().get()).isFalse();
    }

    @Test
    void theRealRunnerWritesTheSiteAndAZip() {
        try (BlogLibrary library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            library.installSample();
            ServiceExportRunner real = new ServiceExportRunner();
            ExportViewModel vm = vm((request, progress, cancelled) -> real.export(library, request, progress,
                    cancelled));
            vm.targetProperty().set(dir.resolve("site").toString());
            vm.start();
            assertThat(dir.resolve("site/index.html")).exists();
            assertThat(dir.resolve("site/posts/monorepo-vs-polyrepo/index.html")).exists();
            assertThat(vm.resultProperty().get().output())
                    .isEqualTo(dir.resolve("site/index.html").toAbsolutePath());
            vm.formatProperty().set(ExportRunner.Format.ZIP);
            vm.targetProperty().set(dir.resolve("zipped").toString());
            vm.start();
            assertThat(dir.resolve("zipped/site.zip")).exists();
            assertThat(dialogs.errors).isEmpty();
        }
    }
}
