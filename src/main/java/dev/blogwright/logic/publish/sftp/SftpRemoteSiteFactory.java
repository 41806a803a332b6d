package dev.blogwright.logic.publish.sftp;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.ssh.SshConnector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * Opens {@code sftp://user@host:port/path}. The path is absolute on the server; {@code /~/path} is relative to the
 * user's home folder. Without a user, the local user name is used, as ssh does.
 */
public final class SftpRemoteSiteFactory implements RemoteSiteFactory {
    private final SshConnector connector;

    /** The user's ~/.ssh and ssh-agent. */
    public SftpRemoteSiteFactory() {
        this(SshConnector.forUser());
    }

    /** @param sshDir where known_hosts and the default keys are (tests pass their own); no ssh-agent */
    public SftpRemoteSiteFactory(Path sshDir) {
        this(new SshConnector(sshDir));
    }

    public SftpRemoteSiteFactory(SshConnector connector) {
        this.connector = connector;
    }

    @Override
    public Set<String> schemes() {
        return Set.of("sftp");
    }

    @Override
    public RemoteSite open(TargetUrl url, TargetAccess access) throws IOException {
        if (url.host() == null || url.host().isBlank()) {
            throw new PublishException(PublishException.Problem.NOT_FOUND, "An sftp:// target needs a host", null);
        }
        String user = url.user() != null ? url.user() : System.getProperty("user.name");
        int port = url.portOr(22);
        SshConnector.Connection connection = connector.connect(user, url.host(), port, access);
        try {
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(connection.session());
            SftpRemoteSite site = new SftpRemoteSite(connection, sftp, rootOf(url.path()), url.host());
            site.checkRoot();
            return site;
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e instanceof PublishException p ? p
                    : SftpErrors.of(e, "open the folder " + url.path() + " on " + url.host());
        }
    }

    static String rootOf(String path) {
        String root = path;
        if (root.equals("/~") || root.startsWith("/~/")) {
            root = root.substring(root.length() == 2 ? 2 : 3);
        }
        while (root.length() > 1 && root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        return root.isEmpty() ? "." : root;
    }
}
