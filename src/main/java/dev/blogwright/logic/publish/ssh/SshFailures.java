package dev.blogwright.logic.publish.ssh;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;

/** Turns what went wrong while connecting over SSH into one line the user can act on (the cause goes to the log). */
public final class SshFailures {
    private SshFailures() {
    }

    /**
     * The problem behind {@code failure}, which may be wrapped (JGit wraps MINA's exceptions in its own).
     *
     * @param hostKeys the check used for this connection: when it refused the key, that refusal is the answer
     * @param where {@code host:port} for the message
     */
    public static PublishException connecting(Throwable failure, HostKeyCheck hostKeys, String where) {
        if (hostKeys != null && hostKeys.refusal() != null) {
            PublishException r = hostKeys.refusal();
            return new PublishException(r.problem(), r.getMessage(), r.fingerprint(), failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PublishException p) {
                return p;
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new PublishException(Problem.UNREACHABLE, "Unknown host " + where, failure);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return new PublishException(Problem.UNREACHABLE, "Cannot reach " + where + " ("
                        + (t.getMessage() == null ? "no answer" : t.getMessage().toLowerCase(Locale.ROOT)) + ")",
                        failure);
            }
            if (isAuthentication(t)) {
                return new PublishException(Problem.AUTHENTICATION, "The server " + where
                        + " refused the login (wrong user or key)", failure);
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (message.toLowerCase(Locale.ROOT).contains("timeout") || message.toLowerCase(Locale.ROOT).contains("timed out")) {
            return new PublishException(Problem.UNREACHABLE, "No answer from " + where + " in time", failure);
        }
        return new PublishException(Problem.OTHER, "SSH to " + where + " failed: " + firstLine(message), failure);
    }

    private static boolean isAuthentication(Throwable t) {
        if (t instanceof SshException ssh
                && ssh.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE) {
            return true;
        }
        String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return m.contains("no more authentication methods") || m.contains("authentication failed")
                || m.contains("auth fail");
    }

    static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
