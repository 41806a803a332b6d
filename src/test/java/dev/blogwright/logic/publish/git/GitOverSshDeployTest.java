package dev.blogwright.logic.publish.git;

import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import dev.blogwright.testing.LoopbackSshd;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same whole deploys to the same bare repository, pushed over {@code git+ssh://} through Debian's OpenSSH on
 * loopback with a key, so a wrong key is tried too.
 */
class GitOverSshDeployTest extends GitDeployTest {
    @RegisterExtension
    static final LoopbackSshd SSHD = new LoopbackSshd();

    @Override
    protected RemoteSiteFactory factory() throws IOException {
        return new GitRemoteSiteFactory(dir.resolve("git-cache"), SSHD.sshDirWithKnownHosts(dir.resolve("home"),
                SSHD.knownHostsLine()));
    }

    private DeployTarget overSsh(String name, Path key) {
        DeployTarget plain = DeployTarget.of(name, "git+ssh://" + SSHD.user() + "@" + SSHD.host() + ":" + SSHD.port()
                + bare.toUri().getRawPath() + "#gh-pages");
        return new DeployTarget(name, plain.url(), key.toString(), null, null, plain.maxDeleteShare());
    }

    @Override
    protected DeployTarget freshTarget(String name) throws IOException {
        super.freshTarget(name); // makes the bare repository
        return overSsh(name, SSHD.clientKey());
    }

    @Override
    protected boolean hasCredentials() {
        return true;
    }

    @Override
    protected void useWrongCredentials() throws IOException {
        try {
            publishing().targets().save(overSsh("production", SSHD.unknownClientKey()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
