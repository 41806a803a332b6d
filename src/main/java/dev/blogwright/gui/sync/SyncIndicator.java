package dev.blogwright.gui.sync;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's status-bar line about sync: an icon and "Synced 2 min ago", "Syncing…", "Offline — will
 * retry" or "2 conflicts". A click opens the Sync dialog (settings, conflicts), its context menu also syncs now;
 * hidden while the library has no repository.
 */
public final class SyncIndicator extends Button {
    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");
    private final FontIcon icon = new FontIcon();

    public SyncIndicator(AutoSync sync) {
        getStyleClass().add("sync-indicator");
        getStylesheets().add(SyncIndicator.class.getResource("sync.css").toExternalForm());
        setGraphic(icon);
        // The status bar is narrow at 1280 px: the post counts give way, this line never shrinks to "…".
        setMinWidth(USE_PREF_SIZE);
        setFocusTraversable(false);
        textProperty().bind(sync.textProperty());
        Tooltip tip = new Tooltip();
        setTooltip(tip);
        sync.statusProperty().addListener((o, a, s) -> show(s, tip));
        show(sync.statusProperty().get(), tip);
        setOnAction(e -> sync.openDialog());
        MenuItem now = new MenuItem("Sync now");
        now.setOnAction(e -> sync.syncNow());
        now.disableProperty().bind(sync.runningProperty());
        MenuItem settings = new MenuItem("Sync settings and conflicts…");
        settings.setOnAction(e -> sync.openDialog());
        setContextMenu(new ContextMenu(now, settings));
    }

    private void show(SyncStatus s, Tooltip tip) {
        boolean shown = s.kind() != SyncStatus.Kind.DETACHED;
        setVisible(shown);
        setManaged(shown);
        icon.setIconLiteral(switch (s.kind()) {
            case SYNCING -> "fth-refresh-cw";
            case OFFLINE -> "fth-cloud-off";
            case AUTH -> "fth-lock";
            case FAILED -> "fth-alert-triangle";
            default -> s.conflicts() > 0 ? "fth-git-merge" : "fth-cloud";
        });
        pseudoClassStateChanged(ATTENTION, s.needsAttention());
        String detail = s.detail().isBlank() ? "" : s.detail() + "\n";
        tip.setText(detail + (s.conflicts() > 0 ? "Click to see the conflicts and choose." : "Click for sync settings;"
                + " Ctrl+Alt+S syncs now."));
    }
}
