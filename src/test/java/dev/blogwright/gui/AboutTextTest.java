package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AboutTextTest {
    @Test
    void aboutGivesTheCreditsTheReadmeLists() {
        assertThat(ShellDialogs.aboutText("1.0", "/tmp/blog.db")).startsWith("Blogwright 1.0")
                .contains("/tmp/blog.db", "Twemoji", "CC-BY 4.0", "Inter", "SIL Open Font License",
                        "LanguageTool", "Morfologik", "Lucene");
    }
}
