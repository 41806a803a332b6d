package dev.blogwright.logic.sync;

import dev.blogwright.logic.LibraryException;

/** A sync that could not complete, with a one-line reason that starts with its kind (offline, rejected, auth). */
public final class SyncException extends LibraryException {
    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
