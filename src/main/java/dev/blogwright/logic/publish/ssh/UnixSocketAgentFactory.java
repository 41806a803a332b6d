package dev.blogwright.logic.publish.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;

/**
 * Lets MINA SSHD's public-key login offer the keys of the ssh-agent at {@code socket}. The client side only: no
 * agent forwarding to the server (a deploy runs no remote commands that would need it).
 */
final class UnixSocketAgentFactory implements SshAgentFactory {
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

    @Override
    public SshAgent createClient(Session session, FactoryManager manager) throws IOException {
        return new UnixSocketAgent(socket);
    }

    @Override
    public SshAgentServer createServer(ConnectionService service) {
        throw new UnsupportedOperationException("ssh-agent forwarding is not offered");
    }
}
