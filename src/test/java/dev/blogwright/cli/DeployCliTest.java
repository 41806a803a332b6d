package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.model.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code target add|list|remove} and {@code deploy} as a script uses them, against a folder target. */
class DeployCliTest {
    @TempDir
    Path dir;
    private Path www;

    private CliRun run(String... args) {
        return CliRun.of(Stream.concat(Stream.of(args), Stream.of("--library", dir.resolve("blog.db").toString()))
                .toArray(String[]::new));
    }

    @BeforeEach
    void sampleBlogWithATarget() {
        assertThat(run("init", "--sample").code()).isZero();
        www = dir.resolve("www");
        assertThat(run("target", "add", "production", "--url", www.toUri().toString()).code()).isZero();
    }

    @Test
    void targetsAreAddedListedAndRemoved() {
        CliRun added = run("target", "add", "staging", "--url", dir.resolve("staging").toUri().toString(),
                "--password-env", "STAGING_PASSWORD");
        assertThat(added.out()).startsWith("Added target staging: file:");
        CliRun list = run("target", "list");
        assertThat(list.out().lines()).hasSize(2).anySatisfy(l -> assertThat(l).startsWith("production\tfile:")
                .endsWith("never deployed"));
        assertThat(run("target", "remove", "staging").code()).isZero();
        assertThat(run("target", "list").out().lines()).hasSize(1);
        CliRun missing = run("target", "remove", "staging");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("blogwright: No target named 'staging'");
    }

    @Test
    void aTargetUrlIsCheckedWhenAdded() {
        CliRun withPassword = run("target", "add", "x", "--url", "ftp://me:secret@example.org/www");
        assertThat(withPassword.code()).isEqualTo(1);
        assertThat(withPassword.err()).contains("Put no password in a target URL").doesNotContain("secret")
                .hasLineCount(1);
        CliRun unknown = run("target", "add", "x", "--url", "gopher://example.org/");
        assertThat(unknown.err()).contains("Cannot deploy to gopher://").hasLineCount(1);
        CliRun twice = run("target", "add", "production", "--url", www.toUri().toString());
        assertThat(twice.err().strip()).isEqualTo("blogwright: A target named 'production' exists; remove it first");
    }

    @Test
    void deployPrintsOneLineAndJsonCountsTheSameFiles() throws Exception {
        CliRun first = run("deploy");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().strip()).matches("uploaded [1-9][0-9]*, deleted 0, unchanged 0");
        assertThat(www.resolve("index.html")).exists();
        assertThat(dir.resolve("blog.site").resolve("index.html")).as("the library's own export").exists();
        CliRun again = run("deploy", "--target", "production", "--json");
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertThat(json.get("uploaded").asInt()).isZero();
        assertThat(json.get("deleted").asInt()).isZero();
        assertThat(json.get("unchanged").asInt()).isEqualTo(Integer.parseInt(first.out().split("[ ,]+")[1]));
        assertThat(json.get("target").asText()).isEqualTo("production");
        assertThat(run("target", "list").out()).contains("uploaded ");
    }

    @Test
    void aDryRunListsThePlanAndTouchesNothing() throws Exception {
        CliRun dry = run("deploy", "--dry-run", "--json");
        JsonNode json = new ObjectMapper().readTree(dry.out());
        assertThat(json.get("dryRun").asBoolean()).isTrue();
        assertThat(json.get("uploads")).hasSize(json.get("uploaded").asInt());
        assertThat(www).doesNotExist();
        CliRun text = run("deploy", "--dry-run");
        assertThat(text.out().lines().findFirst().orElseThrow()).startsWith("upload ");
        assertThat(text.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("would upload ");
    }

    @Test
    void deployToAUrlAndIntoAnOutFolder() {
        Path other = dir.resolve("other");
        CliRun r = run("deploy", "--to", other.toUri().toString(), "--out", dir.resolve("bundle").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(other.resolve("index.html")).exists();
        assertThat(dir.resolve("bundle").resolve("index.html")).exists();
    }

    /**
     * The export reads the library read-only (opening it for writing checks the whole file first); only a named
     * target's deploy opens it for writing too, for its history, and fails before sending anything when it cannot.
     */
    @Test
    void aDeployWritesToTheLibraryOnlyForANamedTargetsHistory() {
        Path other = dir.resolve("other");
        try (BlogLibrary app = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.WRITE)) {
            CliRun toUrl = run("deploy", "--to", other.toUri().toString());
            assertThat(toUrl.code()).as(toUrl.err()).isZero();
            assertThat(other.resolve("index.html")).exists();
            CliRun named = run("deploy", "--target", "production");
            assertThat(named.code()).isEqualTo(1);
            assertThat(named.err()).contains("already open").hasLineCount(1);
            assertThat(www.resolve("index.html")).doesNotExist();
        }
        CliRun named = run("deploy", "--target", "production");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(www.resolve("index.html")).exists();
        assertThat(run("target", "list").out()).doesNotContain("never deployed");
    }

    @Test
    void theDeleteGuardIsOneLineAndYesGoesAhead() {
        assertThat(run("deploy").code()).isZero();
        // Every post but one leaves the site: far more than a quarter of its files go.
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.WRITE)) {
            List<Post> posts = lib.indexPosts(false);
            lib.organizer().trash(posts.subList(1, posts.size()).stream().map(Post::id).toList());
        }
        CliRun refused = run("deploy");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("blogwright: Refusing to delete")
                .endsWith("run again with --yes to go ahead").hasLineCount(1);
        assertThat(www.resolve("index.html")).exists();
        CliRun confirmed = run("deploy", "--yes");
        assertThat(confirmed.code()).isZero();
        assertThat(confirmed.out()).containsPattern("deleted [1-9]");
    }

    @Test
    void failuresAreOneLineWithExitOne() throws Exception {
        CliRun unknown = run("deploy", "--target", "staging");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("blogwright: No target named 'staging'; see 'blogwright target list'");
        CliRun env = run("deploy", "--password-env", "BLOGWRIGHT_TEST_SURELY_UNSET");
        assertThat(env.err().strip()).isEqualTo("blogwright: The environment variable BLOGWRIGHT_TEST_SURELY_UNSET is not set");
        Files.writeString(dir.resolve("plain"), "a file, not a folder");
        CliRun notFolder = run("deploy", "--to", dir.resolve("plain").resolve("www").toUri().toString());
        assertThat(notFolder.code()).isEqualTo(1);
        assertThat(notFolder.err()).startsWith("blogwright: Not a folder: ").hasLineCount(1);
        CliRun both = run("deploy", "--target", "production", "--to", www.toUri().toString());
        assertThat(both.err().strip()).isEqualTo("blogwright: Give either --target NAME or --to URL, not both");
        CliRun badKey = run("deploy", "--accept-host-key", "not-a-fingerprint");
        assertThat(badKey.err()).contains("SHA256:").hasLineCount(1);
    }

    @Test
    void anUnknownHostKeyLineSaysHowToAcceptIt() {
        String fp = "SHA256:" + "A".repeat(43);
        String line = DeployCommand.line(new PublishException(Problem.HOST_KEY_UNKNOWN,
                "Unknown host key for 127.0.0.1:2222", fp, null));
        assertThat(line).isEqualTo("Unknown host key for 127.0.0.1:2222; if " + fp
                + " is the server's key, run again with --accept-host-key " + fp);
    }
}
