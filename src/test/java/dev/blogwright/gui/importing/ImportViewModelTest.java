package dev.blogwright.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
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
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The import dialog's state without a library: a runner that plans and imports three posts, or fails. */
@Timeout(30)
class ImportViewModelTest {
    private Preferences node;
    private ShellPreferences prefs;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Double> progressSeen = new ArrayList<>();
    private RuntimeException failure;

    private final ImportRunner runner = new ImportRunner() {
        @Override
        public Plan preview(BlogLibrary library, List<Path> sources, Progress progress, BooleanSupplier cancelled) {
            steps(progress, cancelled);
            return new Plan(List.of(new Item("a.md", "A", Action.CREATE, ""), new Item("b.md", "B", Action.UPDATE, ""),
                    new Item("c.md", "C", Action.SKIP, "same as before")), List.of("d.bin: not a post"));
        }

        @Override
        public Result run(BlogLibrary library, List<Path> sources, Progress progress, BooleanSupplier cancelled) {
            steps(progress, cancelled);
            return new Result(1, 1, 1, List.of());
        }

        private void steps(Progress progress, BooleanSupplier cancelled) {
            for (int i = 1; i <= 3; i++) {
                if (failure != null) {
                    throw failure;
                }
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                progress.update(i, 3);
            }
        }
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

    private ImportViewModel vm() {
        ImportViewModel vm = new ImportViewModel(null, runner, prefs, dialogs, UiExecutor.direct(), Runnable::run);
        vm.work().progressProperty().addListener((o, was, now) -> progressSeen.add(now.doubleValue()));
        vm.add(List.of(Path.of("/tmp/posts/a.md")));
        return vm;
    }

    @Test
    void previewWaitsForASource() {
        ImportViewModel vm = vm();
        assertThat(vm.canPreviewBinding().get()).isTrue();
        vm.sources().clear();
        assertThat(vm.canPreviewBinding().get()).isFalse();
    }

    @Test
    void previewThenImportShowProgressAndSayWhatHappened() {
        ImportViewModel vm = vm();
        assertThat(vm.canImportBinding().get()).isFalse();

        vm.preview();
        assertThat(vm.plan()).hasSize(3);
        assertThat(vm.work().messageProperty().get()).isEqualTo("1 new · 1 updated · 1 skipped · 1 warning(s)");
        assertThat(vm.work().isRunning()).isFalse();
        assertThat(vm.canImportBinding().get()).isTrue();

        progressSeen.clear();
        vm.importNow();
        assertThat(progressSeen).containsExactly(-1.0, 1 / 3.0, 2 / 3.0, 1.0);
        assertThat(vm.work().messageProperty().get()).isEqualTo("1 created · 1 updated · 1 skipped");
        assertThat(vm.resultProperty().get().created()).isEqualTo(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFailureEmptiesTheBarSaysSoAndShowsTheError() {
        ImportViewModel vm = vm();
        failure = new LibraryException("the library is locked");
        vm.preview();
        assertThat(vm.work().isRunning()).isFalse();
        assertThat(vm.work().progressProperty().get()).isZero();
        assertThat(vm.work().messageProperty().get()).isEqualTo("The import failed.");
        assertThat(dialogs.errors).singleElement().asString().contains("the library is locked");
        assertThat(vm.canImportBinding().get()).isFalse();
    }

    @Test
    void aCancelledRunSaysCancelledWithoutAnErrorDialog() {
        ImportViewModel vm = vm();
        vm.preview();
        vm.cancel();
        // The cancel flag belongs to the run it was pressed in; a new run starts with a fresh one.
        vm.importNow();
        assertThat(vm.work().messageProperty().get()).isEqualTo("1 created · 1 updated · 1 skipped");
        failure = new CancellationException();
        vm.preview();
        assertThat(vm.work().messageProperty().get()).isEqualTo("Cancelled.");
        assertThat(dialogs.errors).isEmpty();
    }
}
