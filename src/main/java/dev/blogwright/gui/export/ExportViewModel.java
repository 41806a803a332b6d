package dev.blogwright.gui.export;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.common.WorkStatus;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The export dialog's state: format, target folder (remembered), drafts, progress with cancel, the summary. */
public final class ExportViewModel {
    private final Path libraryFile;
    private final LibraryExport export;
    private final ShellPreferences prefs;
    private final DialogService dialogs;
    private final UiExecutor exec;
    private final Executor fx;
    private final ObjectProperty<ExportRunner.Format> format = new SimpleObjectProperty<>(ExportRunner.Format.HTML);
    private final StringProperty target = new SimpleStringProperty("");
    private final BooleanProperty includeDrafts = new SimpleBooleanProperty(false);
    private final WorkStatus work = new WorkStatus();
    private final ReadOnlyObjectWrapper<ExportRunner.Result> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canStart = work.runningProperty().not().and(target.isNotEmpty());
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * {@code libraryFile} places the first suggested folder ("site" beside it); {@code fx} runs progress updates
     * on the FX thread (tests pass a direct executor).
     */
    public ExportViewModel(Path libraryFile, LibraryExport export, ShellPreferences prefs, DialogService dialogs,
                           UiExecutor exec, Executor fx) {
        this.libraryFile = libraryFile;
        this.export = export;
        this.prefs = prefs;
        this.dialogs = dialogs;
        this.exec = exec;
        this.fx = fx;
        target.set(prefs.exportFolder().map(Path::toString)
                .orElse(libraryFile.resolveSibling("site").toString()));
    }

    public void chooseFolder() {
        dialogs.chooseFolder("Export to folder", Path.of(target.get())).ifPresent(p -> target.set(p.toString()));
    }

    public void start() {
        if (!canStart.get()) {
            return;
        }
        Path folder = Path.of(target.get().strip()).toAbsolutePath();
        prefs.setExportFolder(folder);
        AtomicBoolean flag = new AtomicBoolean();
        cancelled = flag;
        ExportRunner.Request request = new ExportRunner.Request(format.get(), folder, includeDrafts.get());
        result.set(null);
        work.start("Exporting…");
        exec.read(() -> export.export(request, this::report, flag::get), r -> {
            result.set(r);
            work.finish(r.rendered() + (r.rendered() == 1 ? " post" : " posts") + " rendered · " + r.written()
                    + " files written · " + r.unchanged() + " unchanged · " + r.deleted() + " deleted");
        }, error -> {
            if (error instanceof CancellationException) {
                work.stop("Export cancelled.");
            } else {
                work.stop("Export failed.");
                dialogs.showError("The export failed: " + error.getMessage(), error);
            }
        });
    }

    private void report(long done, long total) {
        fx.execute(() -> work.step(done, total,
                total <= 0 ? "Exporting…" : "Exporting " + done + " of " + total + "…"));
    }

    public void cancel() {
        cancelled.set(true);
    }

    public ObjectProperty<ExportRunner.Format> formatProperty() {
        return format;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public BooleanProperty includeDraftsProperty() {
        return includeDrafts;
    }

    /** Whether it runs, how far it is, and its message, for the dialog's bar and buttons. */
    public WorkStatus work() {
        return work;
    }

    public ReadOnlyObjectProperty<ExportRunner.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanBinding canStartBinding() {
        return canStart;
    }
}
