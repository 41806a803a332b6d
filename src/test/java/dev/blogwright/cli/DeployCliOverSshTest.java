package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.publish.SiteFolders;
import dev.blogwright.testing.LoopbackSshd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy --to sftp://…} as a user runs it against Debian's OpenSSH on loopback: the keys come from the
 * home's {@code ~/.ssh} (here a home of the test's own, through {@code user.home}), and a wrong key or an unknown
 * host is one line on stderr with exit 1.
 */
class DeployCliOverSshTest {
    @RegisterExtension
    static final LoopbackSshd SSHD = new LoopbackSshd();

    @TempDir
    Path dir;
    private String userHome;
    private Path ssh;
    private Path www;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--library", dir.resolve("blog.db").toString()))
                .toArray(String[]::new);
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void sampleBlogAndAHome() throws IOException {
        userHome = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("home").toString());
        ssh = SSHD.sshDirWithKnownHosts(dir.resolve("home"), SSHD.knownHostsLine());
        assertThat(run("init", "--sample").code()).isZero();
        www = dir.resolve("server/www");
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", userHome);
    }

    private String url() {
        return "sftp://" + SSHD.user() + "@" + SSHD.host() + ":" + SSHD.port() + www.toUri().getRawPath();
    }

    @Test
    void theDefaultKeyInSshDeploysAndASecondRunSendsNothing() throws IOException {
        Files.copy(SSHD.clientKey(), ssh.resolve("id_ed25519"));
        Path out = dir.resolve("site");
        Result first = run("deploy", "--to", url(), "--out", out.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().strip()).matches("uploaded [1-9][0-9]*, deleted 0, unchanged 0");
        SiteFolders.assertDeployed(out, www);
        Result again = run("deploy", "--to", url(), "--out", out.toString(), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("\"uploaded\":0", "\"deleted\":0");
    }

    @Test
    void aKeyTheServerDoesNotKnowIsOneLineAndExitOne() throws IOException, InterruptedException {
        Files.copy(SSHD.unknownClientKey(), ssh.resolve("id_ed25519"));
        Result refused = run("deploy", "--to", url(), "--out", dir.resolve("site").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("blogwright: ").hasLineCount(1).doesNotContain("Exception");
        assertThat(refused.out()).isEmpty();
        assertThat(www).doesNotExist();
    }

    @Test
    void anUnknownHostIsOneLineThatSaysHowToAcceptItsKey() throws IOException, InterruptedException {
        Files.copy(SSHD.clientKey(), ssh.resolve("id_ed25519"));
        Files.delete(ssh.resolve("known_hosts"));
        Path out = dir.resolve("site");
        Result unknown = run("deploy", "--to", url(), "--out", out.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).hasLineCount(1).contains(SSHD.hostKeyFingerprint(), "--accept-host-key");
        assertThat(www).doesNotExist();
        Result accepted = run("deploy", "--to", url(), "--out", out.toString(), "--accept-host-key",
                SSHD.hostKeyFingerprint());
        assertThat(accepted.code()).as(accepted.err()).isZero();
        SiteFolders.assertDeployed(out, www);
    }
}
