package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.Launcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync over http(s):// against a real smart-HTTP Git server on loopback ({@link GitHttpServer}) that checks a token:
 * the command line, run as its own process with {@code BLOGWRIGHT_GIT_TOKEN} in its environment (the only place the
 * token comes from), syncs with the right token and, with a wrong or no token, exits 1 with one line "auth: …".
 */
class SyncOverHttpTest {
    private static final String TOKEN = "bw-test-token-5f1c";

    @TempDir
    Path dir;
    SyncTestKit kit;
    GitHttpServer server;

    @BeforeEach
    void aServerWithATokenServesTheBareRepository() throws Exception {
        kit = new SyncTestKit(dir);
        server = new GitHttpServer(dir, TOKEN);
        kit.with("laptop", lib -> lib.installSample());
    }

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    @Test
    void theRightTokenSyncsBothWays() throws Exception {
        String url = server.url("remote.git");
        Run first = cli(TOKEN, "sync", "init", url, "--json", "--library", kit.library("laptop").toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("\"pushed\":");
        Run second = cli(TOKEN, "sync", "init", url, "--library", kit.library("desktop").toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("conflicts 0");
        assertThat(kit.post("desktop", "ai-chatbots-lessons").body())
                .isEqualTo(kit.post("laptop", "ai-chatbots-lessons").body());

        kit.editBody("desktop", "ai-chatbots-lessons", b -> b + "\nWritten on the desktop.\n");
        assertThat(cli(TOKEN, "sync", "--library", kit.library("desktop").toString()).out())
                .contains("pushed 1");
        assertThat(cli(TOKEN, "sync", "--library", kit.library("laptop").toString()).code()).isZero();
        assertThat(kit.post("laptop", "ai-chatbots-lessons").body()).endsWith("Written on the desktop.\n");
        assertThat(server.authorized()).isPositive();
    }

    @Test
    void aWrongTokenIsOneAuthLineAndExitOne() throws Exception {
        Run r = cli("not-the-token", "sync", "init", server.url("remote.git"), "--library",
                kit.library("laptop").toString());
        assertAuthRefused(r);
    }

    @Test
    void noTokenIsOneAuthLineAndExitOne() throws Exception {
        Run r = cli(null, "sync", "init", server.url("remote.git"), "--library", kit.library("laptop").toString());
        assertAuthRefused(r);
    }

    private void assertAuthRefused(Run r) {
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().strip().lines().toList();
        assertThat(lines).as(r.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("blogwright: auth: ");
        assertThat(server.refused()).isPositive();
        assertThat(server.authorized()).isZero();
    }

    private record Run(int code, String out, String err) {
    }

    /** The command line as its own process, with the token (or none) in its environment. */
    private Run cli(String token, String... args) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        pb.command().addAll(List.of(args));
        Map<String, String> env = pb.environment();
        env.remove("BLOGWRIGHT_GIT_TOKEN");
        if (token != null) {
            env.put("BLOGWRIGHT_GIT_TOKEN", token);
        }
        env.put("HOME", home.toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        Path out = dir.resolve("cli-" + System.nanoTime() + ".out");
        Path err = dir.resolve("cli-" + System.nanoTime() + ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command line did not finish: " + String.join(" ", args));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
