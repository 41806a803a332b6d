package dev.blogwright.logic.importing;

/** An input the import refuses; the message is one line a writer can act on, and names the file. */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
