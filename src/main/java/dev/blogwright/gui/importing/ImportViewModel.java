package dev.blogwright.gui.importing;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.common.WorkStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The import dialog's state: chosen files and folders, the dry-run plan shown before anything is written, then
 * the import itself with progress and cancel. Changing the sources drops an old plan, so what is imported is
 * always what was previewed last.
 */
public final class ImportViewModel {
    private final BlogLibrary library;
    private final ImportRunner runner;
    private final ShellPreferences prefs;
    private final DialogService dialogs;
    private final UiExecutor exec;
    private final Executor fx;
    private final ObservableList<Path> sources = FXCollections.observableArrayList();
    private final ObservableList<ImportRunner.Item> plan = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final WorkStatus work = new WorkStatus();
    private final ReadOnlyBooleanWrapper previewed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ImportRunner.Result> result = new ReadOnlyObjectWrapper<>();
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    public ImportViewModel(BlogLibrary library, ImportRunner runner, ShellPreferences prefs, DialogService dialogs,
                           UiExecutor exec, Executor fx) {
        this.library = library;
        this.runner = runner;
        this.prefs = prefs;
        this.dialogs = dialogs;
        this.exec = exec;
        this.fx = fx;
        sources.addListener((ListChangeListener<Path>) c -> {
            plan.clear();
            warnings.clear();
            previewed.set(false);
        });
        work.say("Choose files or folders to import.");
    }

    public void addFiles() {
        add(dialogs.chooseFiles("Import files", "Markdown, JSON, Ghost or WordPress export",
                List.of("*.md", "*.markdown", "*.json", "*.xml", "*.html", "*.zip")));
    }

    public void addFolder() {
        dialogs.chooseFolder("Import a folder", prefs.importFolder().orElse(null)).ifPresent(p -> add(List.of(p)));
    }

    public void add(List<Path> paths) {
        paths.stream().filter(p -> !sources.contains(p)).forEach(sources::add);
        if (!paths.isEmpty()) {
            Path first = paths.get(0);
            prefs.setImportFolder(first.getParent() == null ? first : first.getParent());
        }
    }

    public void preview() {
        List<Path> chosen = List.copyOf(sources);
        run("Reading…", () -> runner.preview(library, chosen, this::report, flag()), p -> {
            plan.setAll(p.items());
            warnings.setAll(p.warnings());
            previewed.set(true);
            long creates = p.items().stream().filter(i -> i.action() == ImportRunner.Action.CREATE).count();
            long updates = p.items().stream().filter(i -> i.action() == ImportRunner.Action.UPDATE).count();
            return creates + " new · " + updates + " updated · " + (p.items().size() - creates - updates)
                    + " skipped · " + p.warnings().size() + " warning(s)";
        });
    }

    public void importNow() {
        if (!previewed.get()) {
            return;
        }
        List<Path> chosen = List.copyOf(sources);
        run("Importing…", () -> runner.run(library, chosen, this::report, flag()), r -> {
            result.set(r);
            warnings.setAll(r.warnings());
            return r.created() + " created · " + r.updated() + " updated · " + r.skipped() + " skipped";
        });
    }

    private BooleanSupplier flag() {
        AtomicBoolean f = new AtomicBoolean();
        cancelled = f;
        return f::get;
    }

    /** Runs {@code job} with the bar going; {@code done} takes its result and says what it did. */
    private <T> void run(String what, Supplier<T> job, Function<T, String> done) {
        if (sources.isEmpty() || work.isRunning()) {
            return;
        }
        work.start(what);
        exec.read(job, r -> work.finish(done.apply(r)), error -> {
            if (error instanceof CancellationException) {
                work.stop("Cancelled.");
            } else {
                work.stop("The import failed.");
                dialogs.showError("The import failed: " + error.getMessage(), error);
            }
        });
    }

    private void report(long done, long total) {
        fx.execute(() -> work.step(done, total, null));
    }

    public void cancel() {
        cancelled.set(true);
    }

    /** A preview needs something to look at: with no sources the button did nothing. */
    public BooleanBinding canPreviewBinding() {
        return work.runningProperty().not().and(Bindings.isNotEmpty(sources));
    }

    public BooleanBinding canImportBinding() {
        return previewed.and(work.runningProperty().not()).and(Bindings.isNotEmpty(sources));
    }

    public ObservableList<Path> sources() {
        return sources;
    }

    public ObservableList<ImportRunner.Item> plan() {
        return plan;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    /** Whether it runs, how far it is, and its message, for the dialog's bar and buttons. */
    public WorkStatus work() {
        return work;
    }

    public ReadOnlyObjectProperty<ImportRunner.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
