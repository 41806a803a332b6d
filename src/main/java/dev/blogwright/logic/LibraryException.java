package dev.blogwright.logic;

/**
 * A failure the user can act on, with a one-line message fit for a dialog or stderr; the cause (if any) holds the
 * details that go to the log.
 */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
