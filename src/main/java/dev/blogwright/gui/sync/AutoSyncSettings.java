package dev.blogwright.gui.sync;

import dev.blogwright.logic.settings.SettingsRepository;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Automatic sync as the library keeps it ({@code sync.auto.*} in its settings, so it stays with the library on
 * this computer and is not shared through the repository): off or every few minutes, and "sync after saving".
 * Until the writer chooses, it is off while no repository is attached and every five minutes once one is.
 */
public final class AutoSyncSettings {
    static final String MINUTES = "sync.auto.minutes";
    static final String AFTER_SAVE = "sync.auto.after-save";
    /** The intervals the setting offers, in minutes; 0 is off. */
    public static final List<Integer> INTERVALS = List.of(0, 1, 5, 15, 30, 60);
    static final int DEFAULT_MINUTES = 5;

    /** Every {@code minutes} (0: not on a timer) and/or after each save; both off is off. */
    public record Choice(int minutes, boolean afterSave) {
        public static final Choice OFF = new Choice(0, false);

        public Duration interval() {
            return minutes > 0 ? Duration.ofMinutes(minutes) : null;
        }

        public boolean automatic() {
            return minutes > 0 || afterSave;
        }
    }

    private final SettingsRepository repo;

    public AutoSyncSettings(SettingsRepository repo) {
        this.repo = repo;
    }

    /** The stored choice, or the default for a library that is ({@code attached}) or is not synced yet. */
    public Choice load(boolean attached) {
        Map<String, String> all = repo.all();
        int minutes = parse(all.get(MINUTES), attached ? DEFAULT_MINUTES : 0);
        boolean afterSave = Boolean.parseBoolean(all.getOrDefault(AFTER_SAVE, "false"));
        return attached ? new Choice(minutes, afterSave) : Choice.OFF;
    }

    public void save(Choice choice) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MINUTES, Integer.toString(Math.max(0, choice.minutes())));
        values.put(AFTER_SAVE, Boolean.toString(choice.afterSave()));
        repo.putAll(values);
    }

    private static int parse(String s, int fallback) {
        try {
            return s == null ? fallback : Math.max(0, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
