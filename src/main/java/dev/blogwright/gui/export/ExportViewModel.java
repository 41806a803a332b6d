package dev.blogwright.gui.export;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.UiExecutor;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExportRunner.Result> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canStart = running.not().and(target.isNotEmpty());
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
        running.set(true);
        result.set(null);
        progress.set(-1);
        message.set("Exporting…");
        exec.read(() -> export.export(request, this::report, flag::get), r -> {
            running.set(false);
            progress.set(1);
            result.set(r);
            message.set(r.rendered() + (r.rendered() == 1 ? " post" : " posts") + " rendered · " + r.written()
                    + " files written · " + r.unchanged() + " unchanged · " + r.deleted() + " deleted");
        }, error -> {
            running.set(false);
            progress.set(0);
            if (error instanceof CancellationException) {
                message.set("Export cancelled.");
            } else {
                message.set("Export failed.");
                dialogs.showError("The export failed: " + error.getMessage(), error);
            }
        });
    }

    private void report(long done, long total) {
        fx.execute(() -> {
            progress.set(total <= 0 ? -1 : (double) done / total);
            message.set(total <= 0 ? "Exporting…" : "Exporting " + done + " of " + total + "…");
        });
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

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportRunner.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanBinding canStartBinding() {
        return canStart;
    }
}
