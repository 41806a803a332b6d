package dev.blogwright.logic.publish;

import java.io.IOException;

/**
 * A deploy failure the user must act on, with a one-line message fit to show as it is (the cause goes to the log).
 * Targets map their client library's exceptions to one of these problems.
 */
public final class PublishException extends IOException {
    /** What went wrong, so the command line and the app can say what to do about it. */
    public enum Problem {
        UNREACHABLE, AUTHENTICATION, HOST_KEY_UNKNOWN, HOST_KEY_CHANGED, PERMISSION, NOT_FOUND, QUOTA, REJECTED,
        CANCELLED, OTHER
    }

    private final Problem problem;
    private final String fingerprint;

    public PublishException(Problem problem, String message, Throwable cause) {
        this(problem, message, null, cause);
    }

    /**
     * @param fingerprint for the two host-key problems, the server's key fingerprint ({@code SHA256:…}) so the user
     *     can compare it and accept it once; null otherwise
     */
    public PublishException(Problem problem, String message, String fingerprint, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.fingerprint = fingerprint;
    }

    public Problem problem() {
        return problem;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
