package dev.blogwright.logic.publish.sftp;

import dev.blogwright.hardening.KillDuringDeployContract;
import dev.blogwright.testing.LoopbackSshd;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** kill -9 during deploys to Debian's OpenSSH on loopback, where uploads go over several SFTP channels at once. */
class SftpKillDuringDeployTest extends KillDuringDeployContract {
    @RegisterExtension
    static final LoopbackSshd SSHD = new LoopbackSshd();

    @Override
    protected String url() {
        return "sftp://" + SSHD.user() + "@" + SSHD.host() + ":" + SSHD.port() + remoteFolder().toUri().getRawPath();
    }

    @Override
    protected Path remoteFolder() {
        return dir.resolve("server/www");
    }

    @Override
    protected List<String> access() throws Exception {
        Path ssh = SSHD.sshDirWithKnownHosts(dir.resolve("home"), SSHD.knownHostsLine());
        return List.of("key=" + SSHD.clientKey(), "sshDir=" + ssh);
    }
}
