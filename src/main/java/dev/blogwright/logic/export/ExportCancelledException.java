package dev.blogwright.logic.export;

/** Thrown when an export is cancelled; the previous bundle is left untouched. */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("Export cancelled; the previous bundle was left as it was");
    }
}
