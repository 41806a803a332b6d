package dev.blogwright.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class BlogSettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void savesValidSettingsAndRefusesABadUrl() {
        try (BlogLibrary library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            BlogSettingsViewModel vm = new BlogSettingsViewModel(library.settings());
            vm.baseUrlProperty().set("blog.example.com");
            assertThat(vm.save()).hasValueSatisfying(m -> assertThat(m).contains("base URL"));
            vm.baseUrlProperty().set("https://blog.example.com");
            vm.titleProperty().set("Field Notes");
            assertThat(vm.save()).isEmpty();
            assertThat(library.settings().load().title()).isEqualTo("Field Notes");
            assertThat(library.settings().load().baseUrl()).isEqualTo("https://blog.example.com/");
        }
    }
}
