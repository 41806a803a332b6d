package dev.blogwright.logic.publish.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentKeyConstraint;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets MINA SSHD's public-key login offer the keys of the ssh-agent at {@code socket}. The client side only: no
 * agent forwarding to the server (a deploy runs no remote commands that would need it).
 */
final class UnixSocketAgentFactory implements SshAgentFactory {
    private static final Logger LOG = LoggerFactory.getLogger(UnixSocketAgentFactory.class);
    private final Path socket;

    UnixSocketAgentFactory(Path socket) {
        this.socket = socket;
    }

    /** The agent named by {@code SSH_AUTH_SOCK}, when it is set and names a socket that exists. */
    static Optional<Path> fromEnvironment() {
        String value = System.getenv(SshAgent.SSH_AUTHSOCKET_ENV_NAME);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(value);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public List<ChannelFactory> getChannelForwardingFactories(FactoryManager manager) {
        return List.of();
    }

    /** An agent that does not answer (a stale SSH_AUTH_SOCK) offers no keys; the key files may still log in. */
    @Override
    public SshAgent createClient(Session session, FactoryManager manager) {
        try {
            return new UnixSocketAgent(socket);
        } catch (IOException e) {
            LOG.warn("The ssh-agent at {} does not answer; logging in without its keys", socket, e);
            return new NoAgent();
        }
    }

    private static final class NoAgent implements SshAgent {
        @Override
        public Iterable<? extends Map.Entry<PublicKey, String>> getIdentities() {
            return List.of();
        }

        @Override
        public Map.Entry<String, byte[]> sign(SessionContext session, PublicKey key, String algorithm, byte[] data)
                throws IOException {
            throw new IOException("no ssh-agent");
        }

        @Override
        public void addIdentity(KeyPair key, String comment, SshAgentKeyConstraint... constraints)
                throws IOException {
            throw new IOException("no ssh-agent");
        }

        @Override
        public void removeIdentity(PublicKey key) throws IOException {
            throw new IOException("no ssh-agent");
        }

        @Override
        public void removeAllIdentities() throws IOException {
            throw new IOException("no ssh-agent");
        }

        @Override
        public boolean isOpen() {
            return false;
        }

        @Override
        public void close() {
        }
    }

    @Override
    public SshAgentServer createServer(ConnectionService service) {
        throw new UnsupportedOperationException("ssh-agent forwarding is not offered");
    }
}
