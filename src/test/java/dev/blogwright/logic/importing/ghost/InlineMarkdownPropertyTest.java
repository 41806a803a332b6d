package dev.blogwright.logic.importing.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.importing.ghost.InlineMarkdown.Kind;
import dev.blogwright.logic.importing.ghost.InlineMarkdown.Mark;
import dev.blogwright.logic.importing.ghost.InlineMarkdown.Segment;
import dev.blogwright.logic.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text and however its marks overlap, the Markdown written for it shows exactly that text once
 * rendered: no character turns into syntax and no delimiter is left visible. Random cases from a fixed seed.
 */
class InlineMarkdownPropertyTest {
    private static final String ALPHABET = "ab c*_[]()<>&#`\\-+.1!|~=:\"' \n";
    private static final Mark[] MARKS = {Mark.of(Kind.BOLD), Mark.of(Kind.ITALIC), Mark.of(Kind.STRIKE),
            Mark.of(Kind.CODE), Mark.of(Kind.UNDERLINE), Mark.of(Kind.SUP), Mark.link("https://x.org/p", null)};
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @Test
    void renderedMarkdownShowsExactlyTheText() {
        Random random = new Random(20261206);
        for (int round = 0; round < 3000; round++) {
            List<Segment> segments = new ArrayList<>();
            StringBuilder raw = new StringBuilder();
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder();
                int len = 1 + random.nextInt(8);
                for (int j = 0; j < len; j++) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                List<Mark> marks = new ArrayList<>();
                for (Mark m : MARKS) {
                    if (random.nextInt(4) == 0) {
                        marks.add(m);
                    }
                }
                segments.add(new Segment(text.toString(), marks));
                raw.append(text);
            }
            String md = InlineMarkdown.write(segments);
            String shown = Jsoup.parseBodyFragment(RENDERER.render(md)).text();
            assertThat(normalize(shown)).as("segments %s\nMarkdown: %s", segments, md).isEqualTo(normalize(raw.toString()));
        }
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
