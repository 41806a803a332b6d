package dev.blogwright.logic.publish.sftp;

import dev.blogwright.app.DeployAcrossTargetsContract;
import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import dev.blogwright.testing.LoopbackSshd;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whole deploys of the sample blog to Debian's OpenSSH on loopback, logging in with a key. */
class SftpDeployTest extends DeployAcrossTargetsContract {
    @RegisterExtension
    static final LoopbackSshd SSHD = new LoopbackSshd();

    private Path root;

    @Override
    protected RemoteSiteFactory factory() throws IOException {
        return new SftpRemoteSiteFactory(SSHD.sshDirWithKnownHosts(dir.resolve("home"), SSHD.knownHostsLine()));
    }

    private String url() {
        return "sftp://" + SSHD.user() + "@" + SSHD.host() + ":" + SSHD.port() + root.toUri().getRawPath();
    }

    private DeployTarget withKey(String name, Path key) {
        DeployTarget plain = DeployTarget.of(name, url());
        return new DeployTarget(name, plain.url(), key.toString(), null, null, plain.maxDeleteShare());
    }

    @Override
    protected DeployTarget freshTarget(String name) {
        root = dir.resolve("server/www"); // not there yet: the first deploy makes it
        return withKey(name, SSHD.clientKey());
    }

    @Override
    protected Path remoteFolder() {
        return root;
    }

    @Override
    protected void useWrongCredentials() throws IOException {
        try {
            publishing().targets().save(withKey("production", SSHD.unknownClientKey()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
