package dev.blogwright.logic.publish.ssh;

import java.io.EOFException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.apache.sshd.agent.common.AbstractAgentProxy;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * A client of the user's ssh-agent over its Unix-domain socket ({@code SSH_AUTH_SOCK}), through the JDK's own
 * {@link SocketChannel} (Java 16+): MINA SSHD's agent client needs Tomcat's native APR library, which the app does
 * not ship. MINA's {@link AbstractAgentProxy} speaks the agent protocol (list identities, sign); this class only
 * moves its framed messages: a 4-byte length, then the message.
 */
final class UnixSocketAgent extends AbstractAgentProxy {
    /** An agent's answer is a list of public keys or one signature; a few hundred KB is far beyond either. */
    private static final int MAX_REPLY = 256 * 1024;

    private final SocketChannel socket;

    UnixSocketAgent(Path path) throws IOException {
        super(null);
        this.socket = SocketChannel.open(UnixDomainSocketAddress.of(path));
    }

    @Override
    protected synchronized Buffer request(Buffer buffer) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(buffer.array(), buffer.rpos(), buffer.available());
        while (out.hasRemaining()) {
            socket.write(out);
        }
        ByteBuffer length = readFully(ByteBuffer.allocate(4));
        int size = length.flip().getInt();
        if (size <= 0 || size > MAX_REPLY) {
            throw new IOException("The ssh-agent answered with a message of " + size + " bytes");
        }
        return new ByteArrayBuffer(readFully(ByteBuffer.allocate(size)).array());
    }

    private ByteBuffer readFully(ByteBuffer into) throws IOException {
        while (into.hasRemaining()) {
            if (socket.read(into) < 0) {
                throw new EOFException("The ssh-agent closed the connection");
            }
        }
        return into;
    }

    @Override
    public boolean isOpen() {
        return socket.isOpen();
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            socket.close();
        }
    }
}
