package dev.blogwright.logic.importing;

import static dev.blogwright.logic.importing.ImportFixtures.CLOCK;
import static dev.blogwright.logic.importing.ImportFixtures.corpus;
import static dev.blogwright.logic.importing.ImportFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.logic.markdown.MarkdownRenderer;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Ghost's own {@code html} of a post is what its readers saw: the Markdown we import, rendered by the project's
 * renderer, must show at least 99 % of its words and every one of its images, for every post of every export
 * whose body comes from mobiledoc or lexical. A Ghost 0.x post's {@code markdown} is its source and is kept as is.
 */
class GhostFidelityTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    /** Ghost's player controls and icons: chrome of the card, not words of the post. */
    private static final String GHOST_CHROME = "svg, script, style, .kg-audio-player, .kg-bookmark-icon";

    @Test
    void mobiledocFixtureShowsEveryWordAndImageOfGhostsHtml() throws IOException {
        assertFidelity(resource("ghost/mobiledoc.json"));
    }

    @Test
    void lexicalFixtureShowsEveryWordAndImageOfGhostsHtml() throws IOException {
        assertFidelity(resource("ghost/lexical.json"));
    }

    @Test
    void corpusExportsShowEveryWordAndImageOfGhostsHtml() throws IOException {
        try (Stream<Path> files = Files.list(corpus("ghost-export"))) {
            for (Path export : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                assertFidelity(export);
            }
        }
    }

    private static void assertFidelity(Path export) throws IOException {
        FakeImportTarget target = new FakeImportTarget();
        ImportReport report = new ImportService(target, CLOCK).run(List.of(export), ImportOptions.defaults(),
                ProgressListener.NONE, () -> false);
        assertThat(report.errors()).as(report.toText()).isZero();
        int compared = 0;
        for (JsonNode post : posts(export)) {
            String html = post.path("html").asText("");
            String where = export.getFileName() + " post " + post.path("id").asText();
            Post ours = target.bySource(export.getFileName() + "#" + post.path("id").asText());
            if (!post.path("markdown").asText("").isBlank()) {
                // Ghost 0.x kept the writer's Markdown itself: it is the source, taken as it is.
                assertThat(ours.body()).as(where).isEqualTo(post.path("markdown").asText());
                compared++;
                continue;
            }
            if (html.isBlank()) {
                continue;
            }
            // Ghost's cards put words in adjacent elements that its CSS spaces apart.
            Document theirs = Jsoup.parseBodyFragment(html.replace("><", "> <"));
            theirs.select(GHOST_CHROME).remove();
            Document rendered = Jsoup.parseBodyFragment(RENDERER.render(ours.body()).replace("><", "> <"));
            List<String> expected = words(theirs.text());
            Map<String, Integer> shown = counts(words(rendered.text()));
            List<String> missing = new ArrayList<>();
            for (String w : expected) {
                if (shown.merge(w, -1, Integer::sum) < 0) {
                    missing.add(w);
                }
            }
            assertThat(expected.size() - missing.size()).as(where + " words shown; missing " + missing
                    + "\nMarkdown:\n" + ours.body()).isGreaterThanOrEqualTo((int) Math.ceil(expected.size() * 0.99));
            assertThat(images(rendered)).as(where + " images\nMarkdown:\n" + ours.body())
                    .containsAll(images(theirs));
            compared++;
        }
        assertThat(compared).as("posts compared in " + export.getFileName()).isPositive();
    }

    private static List<JsonNode> posts(Path export) throws IOException {
        JsonNode root = new ObjectMapper().readTree(export.toFile());
        JsonNode data = root.path("db").isArray() ? root.path("db").get(0).path("data") : root.path("data");
        List<JsonNode> out = new ArrayList<>();
        data.path("posts").forEach(out::add);
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> out = new HashMap<>();
        words.forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }

    private static Set<String> images(Document doc) {
        Set<String> out = new LinkedHashSet<>();
        for (Element img : doc.select("img[src]")) {
            out.add(img.attr("src"));
        }
        return out;
    }
}
