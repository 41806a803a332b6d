package dev.blogwright.logic.publish.ssh;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.TargetAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;

/**
 * Opens an authenticated MINA SSHD session with this package's rules, and nothing picked up behind the caller's back
 * (MINA would otherwise read ~/.ssh/config and the default keys on its own, past the target's key file).
 */
public final class SshConnector {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration AUTH_TIMEOUT = Duration.ofSeconds(30);

    private final Path sshDir;
    private final Path agentSocket;

    /** @param sshDir the user's {@code ~/.ssh}: known_hosts and the default keys are read from it; no ssh-agent */
    public SshConnector(Path sshDir) {
        this(sshDir, null);
    }

    /**
     * @param agentSocket the ssh-agent's socket whose keys are offered when the target names no key file, or null
     */
    public SshConnector(Path sshDir, Path agentSocket) {
        this.sshDir = sshDir;
        this.agentSocket = agentSocket;
    }

    /** The user's {@code ~/.ssh} and the ssh-agent of {@code SSH_AUTH_SOCK}, as ssh itself uses them. */
    public static SshConnector forUser() {
        return new SshConnector(userSshDir(), UnixSocketAgentFactory.fromEnvironment().orElse(null));
    }

    /** {@code ~/.ssh} of the user running the app. */
    public static Path userSshDir() {
        return Path.of(System.getProperty("user.home"), ".ssh");
    }

    public Path sshDir() {
        return sshDir;
    }

    /** An open, authenticated session; the client must be stopped by the caller after the session is closed. */
    public record Connection(SshClient client, ClientSession session) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                session.close();
            } finally {
                client.stop();
            }
        }
    }

    /**
     * Connects, checks the host key and logs in with the target's key (or the default keys and the ssh-agent's); when no key file exists at
     * all, the target's password is the login password.
     */
    public Connection connect(String user, String host, int port, TargetAccess access) throws PublishException {
        List<KeyPair> keys = SshIdentities.load(access, sshDir);
        HostKeyCheck hostKeys = new HostKeyCheck(sshDir.resolve("known_hosts"), access.trustedHostKey());
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> hostKeys.accept(host, port, key));
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        // MINA asks the agent only through its agent factory; without one set, no agent is used.
        client.setAgentFactory(agentSocket != null && access.keyFile() == null
                ? new UnixSocketAgentFactory(agentSocket) : null);
        client.start();
        ClientSession session = null;
        try {
            session = client.connect(user, host, port).verify(CONNECT_TIMEOUT).getSession();
            keys.forEach(session::addPublicKeyIdentity);
            if (keys.isEmpty() && access.password() != null) {
                session.addPasswordIdentity(new String(access.password()));
            }
            session.auth().verify(AUTH_TIMEOUT);
            return new Connection(client, session);
        } catch (IOException | RuntimeException e) {
            PublishException failure = SshFailures.connecting(e, hostKeys, host + ":" + port);
            try {
                if (session != null) {
                    session.close();
                }
            } catch (IOException ignored) {
                // the connection is being given up anyway; the failure above is what the user needs
            }
            client.stop();
            throw failure;
        }
    }
}
