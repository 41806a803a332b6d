package dev.blogwright.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.spelling.InstalledLanguage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageHintTest {
    private static final List<InstalledLanguage> INSTALLED = List.of(new InstalledLanguage("en", "built in"),
            new InstalledLanguage("en-gb", "built in"), new InstalledLanguage("de-de", "/usr/share/hunspell/de_DE.dic"));
    private static final Path FOLDER = Path.of("/home/me/.local/share/blogwright/dictionaries");

    @Test
    void aLanguageWithADictionarySaysWhichOneChecksIt() {
        assertThat(LanguageHint.text("de", INSTALLED, FOLDER))
                .isEqualTo("Spelling: German (Germany) (de-de, /usr/share/hunspell/de_DE.dic).");
        assertThat(LanguageHint.text("en-IE", INSTALLED, FOLDER)).isEqualTo("Spelling: English (en, built in).");
    }

    @Test
    void aLanguageWithoutOneSaysHowToInstallItAndWhatIsInstalled() {
        assertThat(LanguageHint.text("pt_BR", INSTALLED, FOLDER)).isEqualTo("No spelling dictionary for pt-br: install one"
                + " (Debian: hunspell-pt-br*) or put pt-br.dic and .aff in " + FOLDER + ". Installed: en, de.");
    }
}
