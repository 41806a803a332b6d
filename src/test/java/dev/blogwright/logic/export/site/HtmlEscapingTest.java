package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unbescape.html.HtmlEscape;

/** The themes' escaping writes what Pebble's own "html" strategy wrote, so no exported page changes with it. */
class HtmlEscapingTest {
    /** Markup, quotes, controls, non-ASCII, lone and paired surrogates, entity-like text. */
    private static final String ALPHABET = "&<>\"'`=/ ;#aZ09\u0000\t\n\r\u007f\u00a0\u00e9\u2028\u200b\ufeff\ud83d"
            + "\ude00\ud800\udfff€עمحن";

    @Test
    void writesWhatUnbescapesHtml4XmlLevelWrites() {
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(8) == 0 ? "&amp;" : String.valueOf(ALPHABET.charAt(
                        random.nextInt(ALPHABET.length()))));
            }
            String input = text.toString();
            assertThat(HtmlEscaping.INSTANCE.escape(input)).as("escape of %s", input)
                    .isEqualTo(HtmlEscape.escapeHtml4Xml(input));
        }
    }

    @Test
    void textWithoutMarkupComesBackAsItIs() {
        String plain = "Plain words, ✨ and 🎨";
        assertThat(HtmlEscaping.INSTANCE.escape(plain)).isSameAs(plain);
        assertThat(HtmlEscaping.INSTANCE.escape("")).isEmpty();
    }

    @Test
    void themesEscapeWithItInTextAndAttributes(@TempDir Path dir) throws IOException {
        // A copied theme with one template more.
        for (String name : Stream.of(SiteTheme.TEMPLATES, SiteTheme.DEFAULT_PARTIALS).flatMap(List::stream)
                .toList()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(SiteTheme.DEFAULT_LOCATION
                    + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        Files.writeString(dir.resolve("t.peb"), "<a title=\"{{ v }}\">{{ v }}</a>{{ v | raw }}");
        String page = SiteTheme.fromFolder(dir).render("t.peb", Map.of("v", "<b>R&D</b> \"it's\""));
        String escaped = "&lt;b&gt;R&amp;D&lt;/b&gt; &quot;it&#39;s&quot;";
        assertThat(page).isEqualTo("<a title=\"" + escaped + "\">" + escaped + "</a><b>R&D</b> \"it's\"");
    }
}
