package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list and show give a post's date with the offset it was written with; import says where each date came from. */
class DatesCliTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private String importedLibrary() throws Exception {
        String lib = dir.resolve("x.db").toString();
        run("init", "--library", lib);
        String report = run("import", Path.of(getClass().getResource("/importing/offsets").toURI()).toString(),
                "--library", lib);
        assertThat(report).contains("_posts/2016-03-10-no-time.md — date from file name",
                "_posts/2013-09-06-late-evening.md — date from front matter (date)");
        return lib;
    }

    @Test
    void listJsonGivesTheDateWithItsOffset() throws Exception {
        String lib = importedLibrary();
        JsonNode posts = new ObjectMapper().readTree(run("list", "--library", lib, "--json"));
        JsonNode late = null;
        for (JsonNode p : posts) {
            if (p.path("slug").asText().equals("late-evening")) {
                late = p;
            }
        }
        assertThat(late).isNotNull();
        assertThat(late.path("publishedAt").asText()).isEqualTo("2013-09-06T22:02:41-04:00");
        assertThat(run("list", "--library", lib)).contains("2013-09-06 ");
    }

    @Test
    void showJsonGivesTheDateWithItsOffset() throws Exception {
        String lib = importedLibrary();
        JsonNode post = new ObjectMapper().readTree(run("show", "new-year-in-tokyo", "--library", lib, "--json"));
        assertThat(post.path("publishedAt").asText()).isEqualTo("2014-01-01T01:15:00+09:00");
    }
}
