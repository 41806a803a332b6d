package dev.blogwright.gui.editor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The status bar's words for the save state: "Saved · 2 s ago", "Saving…" or "Not saved — retrying". */
final class SaveStatusText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private SaveStatusText() {
    }

    static String of(SaveState state, Instant lastSaved, Instant now) {
        return switch (state) {
            case SAVING -> "Saving…";
            case FAILED -> "Not saved — retrying";
            case SAVED -> lastSaved == null ? "Saved" : "Saved · " + ago(lastSaved, now);
        };
    }

    static String ago(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        if (s >= 86400) {
            // Past a day, a date says more than "209 d ago".
            return DAY.withZone(ZoneId.systemDefault()).format(then);
        }
        return s < 60 ? s + " s ago" : s < 3600 ? s / 60 + " min ago" : s / 3600 + " h ago";
    }
}
