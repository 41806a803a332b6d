package dev.blogwright.gui.sync;

import dev.blogwright.app.LibraryTexts;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.logic.sync.Conflicts;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sync dialog's state: the repository, the last sync's summary or failure, the automatic sync setting and the
 * posts flagged with a conflict. Syncs go through the window's {@link AutoSync}, so the dialog, the shortcut and
 * the timer never run two at once.
 */
public final class SyncViewModel {
    /** A conflicted post as the list shows it. */
    public record Row(ConflictVersion conflict, String title, String from) {
        @Override
        public String toString() {
            return title + " — other version from " + from;
        }
    }

    private final AutoSync sync;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper remote = new ReadOnlyStringWrapper("");
    private final ObservableList<Row> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>();
    private final BooleanProperty afterSave = new SimpleBooleanProperty();

    public SyncViewModel(AutoSync sync, DialogService dialogs) {
        this.sync = sync;
        this.dialogs = dialogs;
        showRemote();
        summary.bind(Bindings.createStringBinding(this::summaryText, sync.statusProperty(), sync.textProperty(),
                remote));
        AutoSyncSettings.Choice choice = sync.choice();
        minutes.set(choice.minutes());
        afterSave.set(choice.afterSave());
        minutes.addListener((o, a, b) -> choose());
        afterSave.addListener((o, a, b) -> choose());
        sync.runningProperty().addListener((o, was, is) -> {
            if (!is) {
                showRemote();
                loadConflicts();
            }
        });
        loadConflicts();
    }

    private void showRemote() {
        remote.set(LibraryTexts.sync(sync.library()).remote().orElse(""));
        AutoSyncSettings.Choice choice = sync.choice();
        minutes.set(choice.minutes());
        afterSave.set(choice.afterSave());
    }

    private String summaryText() {
        SyncStatus s = sync.statusProperty().get();
        if (remote.get().isEmpty()) {
            return s.detail().isEmpty() ? "Not attached to a repository yet: Sync now asks for its URL."
                    : "Sync failed: " + s.detail();
        }
        return switch (s.kind()) {
            case SYNCING -> "Syncing with " + remote.get() + "…";
            case OFFLINE, AUTH, FAILED -> s.detail();
            default -> s.lastSyncText(sync.now(), sync.zone()) + (s.detail().isEmpty() ? "" : ": " + s.detail());
        };
    }

    private void choose() {
        AutoSyncSettings.Choice wanted = new AutoSyncSettings.Choice(minutes.get() == null ? 0 : minutes.get(),
                afterSave.get());
        if (!wanted.equals(sync.choice())) {
            sync.choose(wanted);
        }
    }

    /** Syncs; without a remote yet, asks for its URL first. */
    public void sync() {
        if (!remote.get().isEmpty()) {
            sync.run(Optional.empty());
            return;
        }
        dialogs.ask("Sync", "The Git repository to sync with (file://, ssh:// or https://):", "")
                .map(String::strip).filter(url -> !url.isEmpty()).ifPresent(sync::attachTo);
    }

    /**
     * "Change…": another repository address (a mistyped one, or the team moved). A library that has synced before
     * merges with what the new repository holds, so that is confirmed first.
     */
    public void changeRemote() {
        String current = remote.get();
        Optional<String> wanted = dialogs.ask("Sync", "The Git repository to sync with (file://, ssh:// or https://):",
                current).map(String::strip).filter(url -> !url.isEmpty() && !url.equals(current));
        if (wanted.isEmpty()) {
            return;
        }
        boolean synced = LibraryTexts.sync(sync.library()).hasSynced();
        if (synced && !dialogs.confirm("Sync with another repository?", "This library has been synced with "
                + current + ". From now on it syncs with " + wanted.get() + ", and what that repository holds is"
                + " merged into it. Go ahead?")) {
            return;
        }
        sync.attachTo(wanted.get());
    }

    void loadConflicts() {
        Conflicts c = conflictsService();
        List<Row> rows = c.open().stream().map(v -> new Row(v, c.current(v).title(), v.from())).toList();
        conflicts.setAll(rows);
    }

    Conflicts conflictsService() {
        return LibraryTexts.conflicts(sync.library());
    }

    /** After a conflict was settled in the side-by-side view. */
    void settled() {
        loadConflicts();
        sync.settled();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return sync.runningProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remoteProperty() {
        return remote.getReadOnlyProperty();
    }

    /** Every how many minutes an automatic sync runs (0: not on a timer). */
    public ObjectProperty<Integer> minutesProperty() {
        return minutes;
    }

    public BooleanProperty afterSaveProperty() {
        return afterSave;
    }

    public ObservableList<Row> conflicts() {
        return conflicts;
    }
}
