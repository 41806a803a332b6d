package dev.blogwright.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.settings.SettingsRepository;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automatic sync's setting: off until a repository is attached, then every five minutes, else as chosen. */
class AutoSyncSettingsTest {
    private final Map<String, String> stored = new HashMap<>();
    private final AutoSyncSettings settings = new AutoSyncSettings(new SettingsRepository() {
        @Override
        public Map<String, String> all() {
            return Map.copyOf(stored);
        }

        @Override
        public void putAll(Map<String, String> values) {
            stored.putAll(values);
        }
    });

    @Test
    void offWithoutARepositoryAndEveryFiveMinutesWithOne() {
        assertThat(settings.load(false)).isEqualTo(AutoSyncSettings.Choice.OFF);
        assertThat(settings.load(true)).isEqualTo(new AutoSyncSettings.Choice(5, false));
    }

    @Test
    void theWritersChoiceIsKeptUnderSyncAutoKeys() {
        settings.save(new AutoSyncSettings.Choice(0, true));
        assertThat(stored).containsEntry("sync.auto.minutes", "0").containsEntry("sync.auto.after-save", "true");
        assertThat(settings.load(true)).isEqualTo(new AutoSyncSettings.Choice(0, true));
        assertThat(settings.load(true).automatic()).isTrue();
        assertThat(settings.load(true).interval()).isNull();
    }

    @Test
    void aGarbledValueFallsBackToTheDefault() {
        stored.put("sync.auto.minutes", "soon");
        assertThat(settings.load(true).minutes()).isEqualTo(5);
    }
}
