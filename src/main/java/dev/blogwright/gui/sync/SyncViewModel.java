package dev.blogwright.gui.sync;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.logic.sync.Conflicts;
import dev.blogwright.logic.sync.SyncReport;
import dev.blogwright.logic.sync.SyncService;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sync dialog's state: whether a sync runs, its one-line summary, and the posts flagged with a conflict. Sync
 * runs on the writer thread, ordered with the editor's saves, so it never interleaves with one.
 */
public final class SyncViewModel {
    /** A conflicted post as the list shows it. */
    public record Row(ConflictVersion conflict, String title, String from) {
        @Override
        public String toString() {
            return title + " — other version from " + from;
        }
    }

    private final BlogLibrary library;
    private final DialogService dialogs;
    private final Runnable libraryChanged;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Row> conflicts = FXCollections.observableArrayList();

    public SyncViewModel(BlogLibrary library, DialogService dialogs, Runnable libraryChanged) {
        this.library = library;
        this.dialogs = dialogs;
        this.libraryChanged = libraryChanged;
        SyncService service = LibraryTexts.sync(library);
        summary.set(service.remote().map(r -> "Syncs with " + r).orElse("Not attached to a repository yet: Sync now asks for its URL."));
        loadConflicts();
    }

    /** Syncs; without a remote yet, asks for its URL first. */
    public void sync() {
        SyncService service = LibraryTexts.sync(library);
        Optional<String> url = service.remote().isPresent() ? Optional.empty()
                : dialogs.ask("Sync", "The Git repository to sync with (file://, ssh:// or https://):", "");
        if (service.remote().isEmpty() && url.map(String::isBlank).orElse(true)) {
            return;
        }
        running.set(true);
        summary.set("Syncing…");
        BackgroundTasks.write(() -> url.isPresent() ? service.init(url.get()) : service.sync(), this::done, e -> {
            running.set(false);
            summary.set("Sync failed: " + e.getMessage());
            dialogs.showError(e.getMessage(), e);
        });
    }

    private void done(SyncReport report) {
        running.set(false);
        summary.set("Synced: " + report.summary());
        loadConflicts();
        libraryChanged.run();
    }

    void loadConflicts() {
        Conflicts c = conflictsService();
        List<Row> rows = c.open().stream().map(v -> new Row(v, c.current(v).title(), v.from())).toList();
        conflicts.setAll(rows);
    }

    Conflicts conflictsService() {
        return LibraryTexts.conflicts(library);
    }

    /** After a conflict was settled in the side-by-side view. */
    void settled() {
        loadConflicts();
        libraryChanged.run();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<Row> conflicts() {
        return conflicts;
    }
}
