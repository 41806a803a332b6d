package dev.blogwright.logic.publish.ftp;

import dev.blogwright.app.DeployAcrossTargetsContract;
import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import java.nio.file.Path;

/** Whole deploys of the sample blog to Apache FtpServer on loopback, logging in with a password. */
class FtpDeployTest extends DeployAcrossTargetsContract {
    private String folder;
    private String password = EmbeddedFtpServer.PASSWORD;

    @Override
    protected RemoteSiteFactory factory() {
        return new FtpRemoteSiteFactory();
    }

    @Override
    protected DeployTarget freshTarget(String name) {
        folder = EmbeddedFtpServer.shared().freshFolder();
        return DeployTarget.of(name, "ftp://writer@127.0.0.1:" + EmbeddedFtpServer.shared().port() + "/" + folder);
    }

    @Override
    protected char[] password() {
        return password.toCharArray();
    }

    @Override
    protected Path remoteFolder() {
        return EmbeddedFtpServer.shared().home("writer").resolve(folder);
    }

    @Override
    protected void useWrongCredentials() {
        password = "not the password";
    }
}
