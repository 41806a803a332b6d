package dev.blogwright.logic.publish.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import dev.blogwright.logic.publish.ssh.SshConnector;
import dev.blogwright.testing.LoopbackSshd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs in with a key that only a real OpenSSH {@code ssh-agent} holds (started here on its own socket, the key added
 * with {@code ssh-add}): no key file in the target, none in {@code ~/.ssh}. Skipped where ssh-agent is absent.
 */
class SftpOverSshAgentTest {
    private static final Path SSH_AGENT = Path.of("/usr/bin/ssh-agent");
    private static final Path SSH_ADD = Path.of("/usr/bin/ssh-add");

    @RegisterExtension
    static final LoopbackSshd SSHD = new LoopbackSshd();

    @TempDir
    Path dir;

    private Process agent;
    private Path socket;

    @BeforeEach
    void startAgent() throws Exception {
        assumeTrue(Files.isExecutable(SSH_AGENT) && Files.isExecutable(SSH_ADD), "no ssh-agent here");
        socket = dir.resolve("agent.sock");
        // -D keeps the agent in the foreground, so this test owns the process and stops it.
        agent = new ProcessBuilder(SSH_AGENT.toString(), "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("agent.log").toFile()).start();
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        assumeTrue(Files.exists(socket), "ssh-agent did not start: " + Files.readString(dir.resolve("agent.log")));
        ProcessBuilder add = new ProcessBuilder(SSH_ADD.toString(), SSHD.clientKey().toString())
                .redirectErrorStream(true);
        add.environment().put("SSH_AUTH_SOCK", socket.toString());
        Process adding = add.start();
        String out = new String(adding.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(adding.waitFor(30, TimeUnit.SECONDS) && adding.exitValue() == 0).as(out).isTrue();
    }

    @AfterEach
    void stopAgent() throws InterruptedException {
        if (agent != null) {
            agent.destroy();
            agent.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private TargetUrl url() {
        return TargetUrl.parse("sftp://" + SSHD.user() + "@" + SSHD.host() + ":" + SSHD.port()
                + dir.resolve("www").toUri().getRawPath());
    }

    @Test
    void theAgentsKeyLogsInAndUploads() throws Exception {
        Path ssh = SSHD.sshDirWithKnownHosts(dir.resolve("home"), SSHD.knownHostsLine());
        Path page = Files.writeString(dir.resolve("page.html"), "<p>signed by the agent</p>");
        try (RemoteSite site = new SftpRemoteSiteFactory(new SshConnector(ssh, socket)).open(url(),
                TargetAccess.NONE)) {
            site.upload("index.html", page, UploadHints.BINARY);
        }
        assertThat(dir.resolve("www/index.html")).hasContent("<p>signed by the agent</p>");
    }

    @Test
    void aStaleAgentSocketDoesNotStopTheKeyFiles() throws Exception {
        Path ssh = SSHD.sshDirWithKnownHosts(dir.resolve("home"), SSHD.knownHostsLine());
        Files.copy(SSHD.clientKey(), ssh.resolve("id_ed25519"));
        Path stale = Files.writeString(dir.resolve("stale.sock"), "no agent listens here");
        try (RemoteSite site = new SftpRemoteSiteFactory(new SshConnector(ssh, stale)).open(url(),
                TargetAccess.NONE)) {
            assertThat(site.list()).isEmpty();
        }
    }

    @Test
    void withoutTheAgentTheSameLoginIsRefused() throws Exception {
        Path ssh = SSHD.sshDirWithKnownHosts(dir.resolve("home"), SSHD.knownHostsLine());
        PublishException e = SshCases.failure(() -> new SftpRemoteSiteFactory(new SshConnector(ssh, null))
                .open(url(), TargetAccess.NONE).close());
        assertThat(e.problem()).isEqualTo(Problem.AUTHENTICATION);
    }
}
