package dev.blogwright.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.fakes.FakeSettings;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.IndexOrder;
import org.junit.jupiter.api.Test;

/** The blog settings form on fake settings: no database, no Stage. */
class BlogSettingsViewModelFakesTest {
    private final FakeSettings settings = new FakeSettings();

    @Test
    void theFormStartsFromTheStoredSettings() {
        BlogSettingsViewModel vm = new BlogSettingsViewModel(settings);
        BlogSettings stored = BlogSettings.defaults();
        assertThat(vm.getTitle()).isEqualTo(stored.title());
        assertThat(vm.getPostsPerPage()).isEqualTo(stored.postsPerPage());
        assertThat(vm.getIndexOrder()).isEqualTo(stored.indexOrder());
    }

    @Test
    void aValidFormIsSavedOnceWithTheUrlEndingInASlash() {
        BlogSettingsViewModel vm = new BlogSettingsViewModel(settings);
        vm.titleProperty().set("  Field Notes ");
        vm.baseUrlProperty().set("https://notes.example.org");
        vm.indexOrderProperty().set(IndexOrder.MANUAL);
        assertThat(vm.save()).isEmpty();
        assertThat(settings.saves).isEqualTo(1);
        assertThat(settings.load().title()).isEqualTo("Field Notes");
        assertThat(settings.load().baseUrl()).isEqualTo("https://notes.example.org/");
        assertThat(settings.load().indexOrder()).isEqualTo(IndexOrder.MANUAL);
    }

    @Test
    void anInvalidFormIsNotSaved() {
        BlogSettingsViewModel vm = new BlogSettingsViewModel(settings);
        vm.postsPerPageProperty().set(0);
        assertThat(vm.save()).contains("Posts per page must be between 1 and 500.");
        assertThat(settings.saves).isZero();
    }
}
