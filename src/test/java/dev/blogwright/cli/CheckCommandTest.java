package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.spelling.Dictionaries;
import dev.blogwright.model.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blogwright check}: exit 0 on a clean blog, 1 with one line per finding, JSON for tools. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String lib() {
        return dir.resolve("x.db").toString();
    }

    @Test
    void theSampleBlogIsClean() {
        assertThat(run("init", "--sample", "--library", lib()).code()).isZero();
        CliRun check = run("check", "--library", lib());
        assertThat(check.out()).isEmpty();
        assertThat(check.code()).isZero();
        assertThat(run("check", "--json", "--library", lib()).out().strip()).isEqualTo("[ ]");
    }

    @Test
    void findingsArePrintedOnePerLineWithExitCodeOne() throws Exception {
        assertThat(run("init", "--sample", "--library", lib()).code()).isZero();
        Path body = Files.writeString(dir.resolve("body.md"), "Intro.\n\nA [link](../no-such-post/) and a wrod.\n");
        assertThat(run("new", "--title", "A Post Written In A Hurry Today", "--body-file", body.toString(),
                "--library", lib()).code()).isZero();
        CliRun check = run("check", "--library", lib());
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out().lines()).allSatisfy(l -> assertThat(l).startsWith("a-post-written-in-a-hurry-today: "))
                .contains("a-post-written-in-a-hurry-today: no-category: the post has no category")
                .anySatisfy(l -> assertThat(l).contains(": broken-link: no post 'no-such-post'").endsWith("(line 3)"))
                .anySatisfy(l -> assertThat(l).contains(": spelling: 'wrod'"));
        JsonNode json = new ObjectMapper().readTree(run("check", "--json", "--library", lib()).out());
        assertThat(json).isNotEmpty();
        JsonNode link = null;
        for (JsonNode f : json) {
            if (f.get("kind").asText().equals("broken-link")) {
                link = f;
            }
        }
        assertThat(link).isNotNull();
        assertThat(link.get("slug").asText()).isEqualTo("a-post-written-in-a-hurry-today");
        assertThat(link.get("line").asInt()).isEqualTo(3);
        assertThat(link.get("column").asInt()).isEqualTo(3);
    }

    @Test
    void aLanguageWithoutDictionaryIsSaidOnceInsteadOfFlaggingEveryWord() {
        assertThat(run("init", "--sample", "--library", lib()).code()).isZero();
        try (BlogLibrary l = BlogLibrary.open(Path.of(lib()), OpenMode.WRITE)) {
            // Klingon: no system has a Hunspell dictionary for it.
            l.posts().create(Post.draft("Qapla", "nuqneH ghaH qaStaHvIS wa' ram loS SaD.").language("tlh").build());
            l.posts().create(Post.draft("Batlh", "Heghlu'meH QaQ jajvam.").language("tlh").build());
        }
        CliRun check = run("check", "--library", lib());
        assertThat(check.out()).doesNotContain(": spelling: ");
        assertThat(check.err().lines()).containsExactly("blogwright: no dictionary for tlh: spelling not checked in 2 "
                + "posts (install a Hunspell dictionary, such as Debian's hunspell-tlh*, or put tlh.dic and tlh.aff in "
                + Dictionaries.installed().writersFolder() + ")");
        // The JSON on the output stays a list of findings for tools.
        assertThat(run("check", "--json", "qapla", "--library", lib()).out().strip()).startsWith("[");
        assertThat(run("check", "monorepo-vs-polyrepo", "--library", lib()).err()).isEmpty();
    }

    @Test
    void namedPostsOnlyAndAnUnknownSlugIsOneLineError() {
        assertThat(run("init", "--sample", "--library", lib()).code()).isZero();
        assertThat(run("check", "monorepo-vs-polyrepo", "ai-chatbots-lessons", "--library", lib()).code()).isZero();
        CliRun unknown = run("check", "no-such-slug", "--library", lib());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip().lines()).singleElement().asString().contains("no-such-slug");
    }
}
