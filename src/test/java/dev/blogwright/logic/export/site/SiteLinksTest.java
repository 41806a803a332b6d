package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SiteLinksTest {
    private static String byUri(String file) throws Exception {
        return new URI(null, null, file, null).toASCIIString();
    }

    @Test
    void hrefIsWhatTheUriEncoderGivesForEveryKindOfCharacter() throws Exception {
        String alphabet = "abcXYZ019-._~/ %#?&+'\"<>[]()!$*,;=:@éß🚀שׁ\u00a0\u200b";
        Random random = new Random(5);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder file = new StringBuilder("posts/");
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                file.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            file.append("/index.html");
            assertThat(SiteLinks.href(file.toString())).as(file.toString()).isEqualTo(byUri(file.toString()));
        }
    }

    @Test
    void plainSlugsComeBackUnchanged() throws Exception {
        for (String file : List.of("posts/a-b_c.d~e/index.html", "tags/2024/index.html", "index.html")) {
            assertThat(SiteLinks.href(file)).isEqualTo(file).isEqualTo(byUri(file));
        }
    }

    @Test
    void theNotFoundPageStartsFromTheBaseUrlsPathWhereOneIsKnown() {
        assertThat(new SiteLinks("https://example.com").notFoundRoot()).isEqualTo("/");
        assertThat(new SiteLinks("https://example.com/blog/").notFoundRoot()).isEqualTo("/blog/");
        assertThat(new SiteLinks("https://example.com/a%20b").notFoundRoot()).isEqualTo("/a%20b/");
        assertThat(new SiteLinks("").notFoundRoot()).isEmpty();
        assertThat(new SiteLinks("not a url").notFoundRoot()).isEmpty();
    }
}
