package dev.blogwright.logic.publish.ftp;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Turns FTP reply codes and socket failures into one-line {@link PublishException}s naming the server. */
final class FtpErrors {
    private final String server;

    /** @param server {@code host:port}, for messages */
    FtpErrors(String server) {
        this.server = server;
    }

    /** A negative reply to a command; {@code reply} is the server's text, which goes into the message's end. */
    PublishException reply(int code, String reply, String action) {
        String said = oneLine(reply);
        return switch (code) {
            case 452, 552 -> new PublishException(Problem.QUOTA, "The FTP server " + server + " has no room for "
                    + action + " (" + said + ")", null);
            case 530, 532 -> new PublishException(Problem.AUTHENTICATION, "The FTP server " + server
                    + " wants a login again for " + action + " (" + said + ")", null);
            case 550, 553, 450 -> new PublishException(Problem.PERMISSION, "The FTP server " + server + " refused "
                    + action + " (" + said + ")", null);
            case 421 -> new PublishException(Problem.UNREACHABLE, "The FTP server " + server + " closed the "
                    + "connection (" + said + ")", null);
            default -> new PublishException(Problem.REJECTED, "The FTP server " + server + " refused " + action
                    + " (" + said + ")", null);
        };
    }

    PublishException loginRefused(String user, String reply) {
        return new PublishException(Problem.AUTHENTICATION, "The FTP server " + server + " refused the login of "
                + user + " (" + oneLine(reply) + "): check the user name and the password", null);
    }

    /** A socket-level failure: the network, a timeout, or a server that hung up. */
    PublishException io(IOException e, String action) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return new PublishException(Problem.UNREACHABLE, "Cannot reach the FTP server " + server + ": "
                        + oneLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()), e);
            }
        }
        return new PublishException(Problem.OTHER, "FTP " + action + " on " + server + " failed: "
                + oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
