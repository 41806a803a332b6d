package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sync, sync init, edit and show --json from the command line, over a file:// bare repository. */
class SyncCliTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String lib(String name) {
        return dir.resolve(name + ".db").toString();
    }

    @Test
    void syncJsonCountsAndConflictsShowUp() throws Exception {
        Path bare = dir.resolve("blog.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        String url = bare.toUri().toString();
        assertThat(run("init", "--sample", "--library", lib("a")).code()).isZero();
        CliRun first = run("sync", "init", url, "--library", lib("a"), "--json");
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode pushed = new ObjectMapper().readTree(first.out());
        assertThat(pushed.get("pushed").asInt()).isGreaterThan(6);
        assertThat(pushed.get("conflicts").asInt()).isZero();
        CliRun second = run("sync", "init", url, "--library", lib("b"));
        assertThat(second.out().strip()).isEqualTo("pulled " + pushed.get("pushed").asInt() + ", pushed 0, conflicts 0");

        Files.writeString(dir.resolve("a.md"), "Written on A.\n");
        Files.writeString(dir.resolve("b.md"), "Written on B.\n");
        assertThat(run("edit", "monorepo-vs-polyrepo", "--body-file", dir.resolve("a.md").toString(), "--tags", "x,y",
                "--library", lib("a")).code()).isZero();
        assertThat(run("edit", "monorepo-vs-polyrepo", "--body-file", dir.resolve("b.md").toString(), "--title", "B",
                "--library", lib("b")).code()).isZero();
        assertThat(run("sync", "--json", "--library", lib("a")).out().strip())
                .isEqualTo("{\"pulled\":0,\"pushed\":2,\"conflicts\":0}"); // the post and blog.yaml (new tags)
        assertThat(run("sync", "--json", "--library", lib("b")).out()).contains("\"conflicts\":1");

        JsonNode shown = new ObjectMapper().readTree(run("show", "monorepo-vs-polyrepo", "--json", "--library",
                lib("b")).out());
        assertThat(shown.get("body").asText()).isEqualTo("Written on B.\n");
        assertThat(shown.get("title").asText()).isEqualTo("B");
        assertThat(shown.get("tags").toString()).contains("x", "y");
        assertThat(shown.get("conflicts")).hasSize(1);
        assertThat(shown.get("conflicts").get(0).get("markdown").asText()).isEqualTo("Written on A.\n");
        assertThat(shown.get("conflicts").get(0).has("from")).isTrue();
    }

    @Test
    void anAddressWithNoRepositoryExitsOneWithOneLine() {
        assertThat(run("init", "--sample", "--library", lib("a")).code()).isZero();
        CliRun r = run("sync", "init", dir.resolve("nowhere.git").toUri().toString(), "--library", lib("a"));
        assertThat(r.code()).isEqualTo(1);
        // Never synced: a wrong address, not a network to wait for.
        assertThat(r.err().strip()).startsWith("blogwright: not found: no Git repository at ").doesNotContain("\n");
        assertThat(r.out()).isEmpty();
        CliRun again = run("sync", "--library", lib("a"));
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().lines().count()).isEqualTo(1);
    }

    @Test
    void aLibraryWithoutARemoteSaysHowToAttachOne() {
        assertThat(run("init", "--library", lib("a")).code()).isZero();
        CliRun r = run("sync", "--library", lib("a"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(
                "blogwright: This library is not attached to a repository yet; run: blogwright sync init URL");
    }

    @Test
    void shareDraftsNoKeepsANewDraftOffTheRepositoryUntilItIsPublished() throws Exception {
        Path bare = dir.resolve("blog.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        String url = bare.toUri().toString();
        assertThat(run("init", "--sample", "--library", lib("a")).code()).isZero();
        assertThat(run("sync", "share-drafts", "--library", lib("a")).out().strip()).isEqualTo("share-drafts: yes");
        CliRun set = run("sync", "share-drafts", "no", "--library", lib("a"));
        assertThat(set.code()).isZero();
        assertThat(set.out().strip()).isEqualTo("share-drafts: no");
        assertThat(run("sync", "share-drafts", "--library", lib("a")).out().strip()).isEqualTo("share-drafts: no");
        assertThat(run("new", "--title", "Secret plan", "--library", lib("a")).code()).isZero();
        assertThat(run("sync", "init", url, "--library", lib("a")).code()).isZero();
        assertThat(run("sync", "init", url, "--library", lib("b")).code()).isZero();
        assertThat(run("show", "secret-plan", "--library", lib("b")).code()).isEqualTo(1);
        assertThat(run("edit", "secret-plan", "--status", "published", "--library", lib("a")).code()).isZero();
        assertThat(run("sync", "--library", lib("a")).code()).isZero();
        assertThat(run("sync", "--library", lib("b")).code()).isZero();
        assertThat(run("show", "secret-plan", "--library", lib("b")).code()).isZero();
    }

    @Test
    void shareDraftsRejectsAnythingButYesOrNoInOneLine() {
        assertThat(run("init", "--library", lib("a")).code()).isZero();
        CliRun r = run("sync", "share-drafts", "maybe", "--library", lib("a"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("blogwright: share-drafts takes yes or no, not 'maybe'");
        assertThat(run("sync", "share-drafts", "--library", lib("a")).out().strip()).isEqualTo("share-drafts: yes");
    }
}
