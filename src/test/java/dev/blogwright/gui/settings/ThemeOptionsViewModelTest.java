package dev.blogwright.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.theme.ThemeOptionsService;
import dev.blogwright.logic.theme.ThemeSettings;
import dev.blogwright.model.ThemeOptions;
import dev.blogwright.model.ThemeOptions.Font;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Theme tab's state and rules, without a window. */
class ThemeOptionsViewModelTest {
    private static final class FakeThemeSettings implements ThemeSettings {
        ThemeOptions options = ThemeOptions.defaults();
        int saves;

        @Override
        public ThemeOptions load() {
            return options;
        }

        @Override
        public void save(ThemeOptions o) {
            ThemeOptionsService.check(o);
            saves++;
            options = o;
        }
    }

    @Test
    void theReportFollowsTheTypedAccent() {
        ThemeOptionsViewModel vm = new ThemeOptionsViewModel(new FakeThemeSettings(), (k, p) -> "", null);
        assertThat(vm.accentReportProperty().get()).isEqualTo("Theme default");
        vm.accentProperty().set("#999999");
        assertThat(vm.accentReportProperty().get()).contains("below 4.5:1");
        vm.accentProperty().set("#1D4ED8");
        assertThat(vm.accentReportProperty().get()).contains("readable");
        vm.accentProperty().set("blue");
        assertThat(vm.accentReportProperty().get()).contains("Not a colour");
    }

    @Test
    void aRefusedAccentIsNotSavedAndSaysWhy() {
        FakeThemeSettings settings = new FakeThemeSettings();
        ThemeOptionsViewModel vm = new ThemeOptionsViewModel(settings, (k, p) -> "", null);
        vm.accentProperty().set("#999999");
        assertThat(vm.save()).hasValueSatisfying(m -> assertThat(m).contains("4.5:1"));
        assertThat(settings.saves).isZero();
    }

    @Test
    void saveKeepsEveryField() {
        FakeThemeSettings settings = new FakeThemeSettings();
        ThemeOptionsViewModel vm = new ThemeOptionsViewModel(settings, (k, p) -> "assets/" + p.getFileName(), null);
        assertThat(vm.choosePicture("logo", Path.of("/pictures/logo.png"))).isEmpty();
        vm.accentProperty().set("1d4ed8");
        vm.fontProperty().set(Font.SERIF);
        vm.footerProperty().set("Hello *you*");
        assertThat(vm.save()).isEmpty();
        assertThat(settings.options).isEqualTo(ThemeOptions.defaults().withLogo("assets/logo.png")
                .withAccent("#1d4ed8", "").withFont(Font.SERIF).withFooterText("Hello *you*"));
    }

    @Test
    void aPictureTheLibraryRefusesLeavesTheOptionAndSaysWhy() {
        ThemeOptionsViewModel vm = new ThemeOptionsViewModel(new FakeThemeSettings(), (k, p) -> {
            throw new IllegalArgumentException("The favicon picture is 8x8 pixels");
        }, null);
        assertThat(vm.choosePicture("favicon", Path.of("tiny.png"))).contains("The favicon picture is 8x8 pixels");
        assertThat(vm.pictureProperty("favicon").get()).isEmpty();
    }
}
