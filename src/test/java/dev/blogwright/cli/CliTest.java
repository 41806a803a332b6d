package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script would use it: exit codes, one-line errors, JSON output. */
class CliTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String lib() {
        return dir.resolve("x.db").toString();
    }

    @Test
    void initSampleThenListPrintsTheSixPostsOnceWithRealCharacters() throws Exception {
        assertThat(run("init", "--sample", "--library", lib()).code()).isZero();
        CliRun list = run("list", "--library", lib(), "--json");
        assertThat(list.code()).isZero();
        JsonNode posts = new ObjectMapper().readTree(list.out());
        assertThat(posts).hasSize(6);
        List<String> titles = new ArrayList<>();
        posts.forEach(p -> titles.add(p.get("title").asText()));
        assertThat(titles).doesNotHaveDuplicates().first().isEqualTo(
                "PostgreSQL Schema Design Patterns for Multi-Tenant Applications");
        JsonNode first = posts.get(0);
        for (String field : List.of("title", "slug", "status", "category", "tags", "publishedAt", "updatedAt",
                "words", "readingMinutes")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("publishedAt").asText()).isEqualTo("2026-04-30T09:00:00Z");
        assertThat(first.get("icon").asText()).isEqualTo("🤖");
        assertThat(list.out()).doesNotContain("โ€", "ðŸ", "Ã");
        CliRun table = run("list", "--library", lib());
        assertThat(table.out().lines()).hasSize(6);
        assertThat(table.out()).contains("AI & ML", "🛡️");
    }

    @Test
    void newShowSearchAndStatsWorkTogether() throws Exception {
        Path body = dir.resolve("body.md");
        Files.writeString(body, "Zebra crossings — a note.\n");
        assertThat(run("new", "--title", "Café notes", "--category", "Life", "--body-file", body.toString(),
                "--library", lib()).code()).isZero();
        CliRun show = run("show", "cafe-notes", "--json", "--library", lib());
        assertThat(new ObjectMapper().readTree(show.out()).get("category").asText()).isEqualTo("Life");
        assertThat(run("search", "zebra", "--library", lib()).out()).contains("Café notes");
        assertThat(run("search", "is:published", "--library", lib()).out()).contains("0 found");
        assertThat(run("stats", "--library", lib()).out()).contains("Posts: 1 (published 0, drafts 1");
    }

    @Test
    void readingCommandsRefuseAMissingLibraryWithOneLineAndCreateNothing() {
        CliRun r = run("list", "--library", lib());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("blogwright: No library at").doesNotContain("\n").doesNotContain("Exception");
        assertThat(dir.resolve("x.db")).doesNotExist();
    }

    @Test
    void aForeignFileIsAUserErrorNotAStackTrace() throws Exception {
        Files.writeString(dir.resolve("x.db"), "hello");
        CliRun r = run("stats", "--library", lib());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not a Blogwright library").doesNotContain("at dev.");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("list", "--bogus").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("new", "--library", lib()).code()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("init", "list", "show", "new", "search", "stats", "import", "export", "render",
                "backup", "restore")) {
            CliRun r = run(cmd, "--help");
            assertThat(r.code()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: blogwright " + cmd);
        }
    }

    @Test
    void exportWritesTheSiteAndReportsIncrementalCounts() {
        run("init", "--sample", "--library", lib());
        Path out = dir.resolve("site");
        CliRun first = run("export", "--library", lib(), "--out", out.toString(), "--zip");
        assertThat(first.code()).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("site.zip")).exists();
        assertThat(run("export", "--library", lib(), "--out", out.toString(), "--zip").out())
                .contains("0 written");
        assertThat(run("export", "--library", lib(), "--out", out.toString(), "--format", "yaml").code()).isEqualTo(1);
    }

    @Test
    void importDryRunWritesNothing() throws Exception {
        run("init", "--library", lib());
        Path post = dir.resolve("2024-03-01-hello.md");
        Files.writeString(post, "---\ntitle: Hello\ntags: [a, b]\n---\nBody\n");
        CliRun dry = run("import", post.toString(), "--dry-run", "--library", lib());
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("new");
        assertThat(run("stats", "--library", lib()).out()).contains("Posts: 0");
        assertThat(run("import", post.toString(), "--library", lib()).code()).isZero();
        assertThat(run("show", "hello", "--library", lib()).out()).contains("tags: a, b");
    }

    @Test
    void renderPrintsTheSanitizedFragment() throws Exception {
        Path md = dir.resolve("t.md");
        Files.writeString(md, "# Hi\n\n<script>alert(1)</script>\n");
        CliRun r = run("render", md.toString());
        // Rendered as the post's page shows it: its headings under the page's h1 title.
        assertThat(r.out()).contains("<h2 id=\"hi\">Hi</h2>").doesNotContain("<script");
    }

    @Test
    void backupAndRestoreRoundTrip() {
        run("init", "--sample", "--library", lib());
        CliRun backup = run("backup", "--library", lib());
        assertThat(backup.code()).isZero();
        String file = backup.out().strip().replace("Backup written: ", "");
        run("new", "--title", "After", "--library", lib());
        assertThat(run("restore", file, "--library", lib()).code()).isZero();
        assertThat(run("stats", "--library", lib()).out()).contains("Posts: 6");
    }

    @Test
    void twoLoneFilesWithTheSameNameStayTwoPostsAndReimportUpdates() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("notes.md");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("notes.md");
        Files.writeString(a, "---\ntitle: Alpha notes\n---\nA\n");
        Files.writeString(b, "---\ntitle: Beta notes\n---\nB\n");
        run("import", a.toString(), "--library", lib());
        run("import", b.toString(), "--library", lib());
        assertThat(run("stats", "--library", lib()).out()).contains("Posts: 2");
        Files.writeString(a, "---\ntitle: Alpha notes\n---\nA, revised\n");
        assertThat(run("import", a.toString(), "--library", lib()).out()).contains("updated");
        assertThat(run("stats", "--library", lib()).out()).contains("Posts: 2");
    }
}
