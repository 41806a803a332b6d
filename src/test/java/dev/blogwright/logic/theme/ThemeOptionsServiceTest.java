package dev.blogwright.logic.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.settings.SettingsRepository;
import dev.blogwright.model.ThemeOptions;
import dev.blogwright.model.ThemeOptions.Font;
import dev.blogwright.model.ThemeOptions.HeaderLayout;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeOptionsServiceTest {
    /** The settings table as a map. */
    private static final class MemorySettings implements SettingsRepository {
        final Map<String, String> values = new HashMap<>();

        @Override
        public Map<String, String> all() {
            return Map.copyOf(values);
        }

        @Override
        public void putAll(Map<String, String> v) {
            values.putAll(v);
        }
    }

    private static final ThemeOptions EVERYTHING = new ThemeOptions("assets/logo.png", "assets/icon.png", "#1d4ed8",
            "#93c5fd", Font.INTER, HeaderLayout.CENTERED, "Made with *care* · [Imprint](https://example.com/imprint)",
            "assets/card.jpg");

    @Test
    void optionsRoundTripThroughTheSettingsTable() {
        MemorySettings repo = new MemorySettings();
        ThemeOptionsService service = new ThemeOptionsService(repo);
        service.save(EVERYTHING);
        assertThat(new ThemeOptionsService(repo).load()).isEqualTo(EVERYTHING);
        assertThat(repo.values).containsEntry("theme.font", "inter").containsEntry("theme.header", "centered");
    }

    @Test
    void aLibraryWithoutThemeKeysHasTheDefaults() {
        assertThat(new ThemeOptionsService(new MemorySettings()).load()).isEqualTo(ThemeOptions.defaults());
    }

    @Test
    void storedValuesThatNoLongerParseFallBackToTheDefault() {
        MemorySettings repo = new MemorySettings();
        repo.values.put("theme.font", "comic-sans");
        repo.values.put("theme.header", "diagonal");
        ThemeOptions loaded = new ThemeOptionsService(repo).load();
        assertThat(loaded.font()).isEqualTo(Font.SYSTEM);
        assertThat(loaded.header()).isEqualTo(HeaderLayout.LEFT);
    }

    @Test
    void anAccentBelowAaIsRefusedWithItsRatio() {
        assertThatThrownBy(() -> ThemeOptionsService.with(ThemeOptions.defaults(), "accent", "#777777"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Contrast.format(Contrast.onLight("#777777"))).hasMessageContaining("4.5:1");
    }

    @Test
    void aDarkAccentTooDarkForTheDarkSchemeIsRefused() {
        assertThatThrownBy(() -> ThemeOptionsService.with(ThemeOptions.defaults(), "accent-dark", "#4f46e5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dark background");
    }

    @Test
    void aGoodAccentIsNormalizedAndKept() {
        ThemeOptions o = ThemeOptionsService.with(ThemeOptions.defaults(), "accent", "1D4ED8");
        assertThat(o.accent()).isEqualTo("#1d4ed8");
        assertThat(ThemeOptionsService.with(o, "accent", "").accent()).isEmpty();
    }

    @Test
    void choicesAreCheckedAndNamed() {
        assertThat(ThemeOptionsService.with(ThemeOptions.defaults(), "font", "Serif").font()).isEqualTo(Font.SERIF);
        assertThatThrownBy(() -> ThemeOptionsService.with(ThemeOptions.defaults(), "header", "diagonal"))
                .hasMessageContaining("left, centered, compact");
        assertThatThrownBy(() -> ThemeOptionsService.with(ThemeOptions.defaults(), "colour", "#000"))
                .hasMessageContaining("Unknown theme option");
    }

    @Test
    void imagesMustBeLibraryAssets() {
        assertThatThrownBy(() -> ThemeOptionsService.with(ThemeOptions.defaults(), "logo", "../../etc/passwd"))
                .hasMessageContaining("not an image of the library");
        assertThatThrownBy(() -> ThemeOptionsService.with(ThemeOptions.defaults(), "logo", "assets/../x.png"))
                .hasMessageContaining("not an image of the library");
    }

    @Test
    void everyKeyShowsWhatWasSet() {
        for (String key : ThemeOptionsService.KEYS) {
            assertThat(ThemeOptionsService.value(EVERYTHING, key)).as(key).isNotEmpty();
        }
    }
}
