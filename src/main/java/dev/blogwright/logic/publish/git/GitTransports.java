package dev.blogwright.logic.publish.git;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.ssh.HostKeyCheck;
import dev.blogwright.logic.publish.ssh.SshFailures;
import dev.blogwright.logic.publish.ssh.SshIdentities;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * Opens JGit transports to one remote with the target's credentials: over SSH through JGit's Apache MINA transport
 * with the same host-key and key rules as the SFTP target (no ~/.ssh/config, no agent), over HTTPS with the target's
 * password as the token. Also turns JGit's failures into one line.
 */
final class GitTransports implements AutoCloseable {
    private static final int TIMEOUT_SECONDS = 30;

    private final URIish remote;
    private final String where;
    private final CredentialsProvider credentials;
    private final HostKeyCheck hostKeys;
    private final SshdSessionFactory ssh;

    GitTransports(URIish remote, TargetAccess access, Path sshDir) throws PublishException {
        this.remote = remote;
        this.where = remote.getHost() == null ? remote.getPath()
                : remote.getHost() + (remote.getPort() > 0 ? ":" + remote.getPort() : "");
        this.credentials = access.password() == null ? null : new UsernamePasswordCredentialsProvider(
                remote.getUser() != null ? remote.getUser() : "x-access-token", access.password());
        if ("ssh".equals(remote.getScheme())) {
            List<KeyPair> keys = SshIdentities.load(access, sshDir);
            int port = remote.getPort() > 0 ? remote.getPort() : 22;
            hostKeys = new HostKeyCheck(sshDir.resolve("known_hosts"), access.trustedHostKey());
            ServerKeyDatabase database = new ServerKeyDatabase() {
                @Override
                public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress,
                        Configuration config) {
                    return List.of();
                }

                @Override
                public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
                        Configuration config, CredentialsProvider provider) {
                    return hostKeys.accept(remote.getHost(), port, serverKey);
                }
            };
            ssh = new SshdSessionFactoryBuilder()
                    .setHomeDirectory(sshDir.toAbsolutePath().getParent().toFile())
                    .setSshDirectory(sshDir.toFile())
                    .setConfigStoreFactory((home, file, user) -> null)
                    .setServerKeyDatabase((home, dir) -> database)
                    .setDefaultKeysProvider(dir -> keys)
                    .setPreferredAuthentications(keys.isEmpty() && credentials != null ? "password" : "publickey")
                    .build(null);
        } else {
            hostKeys = null;
            ssh = null;
        }
    }

    Transport open(Repository repository) throws PublishException {
        try {
            Transport transport = Transport.open(repository, remote);
            transport.setTimeout(TIMEOUT_SECONDS);
            if (credentials != null) {
                transport.setCredentialsProvider(credentials);
            }
            if (transport instanceof SshTransport sshTransport && ssh != null) {
                sshTransport.setSshSessionFactory(ssh);
            }
            return transport;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** One line for what went wrong talking to the remote. */
    PublishException failure(Exception e) {
        if (e instanceof PublishException p) {
            return p;
        }
        if (hostKeys != null && hostKeys.refusal() != null) {
            return SshFailures.connecting(e, hostKeys, where);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoRemoteRepositoryException) {
                return new PublishException(Problem.NOT_FOUND, "No Git repository at " + remote.toPrivateString()
                        .replaceAll("://[^@/]*@", "://"), e);
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("not authorized") || lower.contains("authentication is required")
                || lower.contains("authentication not supported")) {
            return new PublishException(Problem.AUTHENTICATION, "The server " + where
                    + " refused the credentials (wrong token or password)", e);
        }
        if (ssh != null) {
            return SshFailures.connecting(e, hostKeys, where);
        }
        if (lower.contains("connection refused") || lower.contains("unknownhost") || lower.contains("timed out")
                || lower.contains("cannot open git-upload-pack") && lower.contains("connect")) {
            return new PublishException(Problem.UNREACHABLE, "Cannot reach " + where, e);
        }
        int nl = message.indexOf('\n');
        return new PublishException(Problem.OTHER, "Git to " + where + " failed: "
                + (nl < 0 ? message : message.substring(0, nl)), e);
    }

    CredentialsProvider credentials() {
        return credentials;
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
    }
}
