package dev.blogwright.logic.export;

/**
 * Receives progress as posts are rendered, for the app's progress bar and the command line. Calls may come from
 * worker threads but never concurrently; throwing from it aborts the export and leaves the old bundle in place.
 */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> { };

    void progress(int done, int total);
}
