package dev.blogwright.gui.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the status bar says about sync, in one short line: "Synced 2 min ago", "Syncing…", "Offline — will
 * retry", "2 conflicts". {@code detail} is the longer story for the tooltip (the failure's one line).
 */
public record SyncStatus(Kind kind, Instant lastSynced, int conflicts, String detail, boolean willRetry) {
    /** The states the indicator shows; {@code DETACHED} hides it. */
    public enum Kind { DETACHED, NEVER, SYNCED, SYNCING, OFFLINE, AUTH, FAILED }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public static SyncStatus detached() {
        return new SyncStatus(Kind.DETACHED, null, 0, "", false);
    }

    public SyncStatus with(Kind k, String why, boolean retry) {
        return new SyncStatus(k, lastSynced, conflicts, why, retry);
    }

    /** The kind a failed sync's one-line reason names ("offline: …", "auth: …", anything else). */
    public static Kind failure(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.startsWith("offline")) {
            return Kind.OFFLINE;
        }
        return m.startsWith("auth") ? Kind.AUTH : Kind.FAILED;
    }

    public String text(Instant now, ZoneId zone) {
        return switch (kind) {
            case DETACHED -> "";
            case SYNCING -> "Syncing…";
            case OFFLINE -> "Offline" + retry();
            case AUTH -> "Sign-in refused" + retry();
            case FAILED -> "Sync failed" + retry();
            case NEVER, SYNCED -> conflicts > 0 ? conflicts + (conflicts == 1 ? " conflict" : " conflicts")
                    : lastSyncText(now, zone);
        };
    }

    /** "Synced 2 min ago", or "Not synced yet". */
    public String lastSyncText(Instant now, ZoneId zone) {
        return lastSynced == null ? "Not synced yet" : "Synced " + ago(now, zone);
    }

    private String retry() {
        return willRetry ? " — will retry" : " — not synced";
    }

    private String ago(Instant now, ZoneId zone) {
        Duration d = Duration.between(lastSynced, now);
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            return "just now";
        }
        if (d.compareTo(Duration.ofHours(1)) < 0) {
            return d.toMinutes() + " min ago";
        }
        if (d.compareTo(Duration.ofDays(1)) < 0) {
            return d.toHours() + " h ago";
        }
        return "on " + DAY.format(lastSynced.atZone(zone));
    }

    /** The conflicts want the writer's attention more than the time of the last sync. */
    public boolean needsAttention() {
        return conflicts > 0 || kind == Kind.OFFLINE || kind == Kind.AUTH || kind == Kind.FAILED;
    }
}
