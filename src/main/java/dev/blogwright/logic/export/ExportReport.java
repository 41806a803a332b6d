package dev.blogwright.logic.export;

import java.nio.file.Path;

/**
 * What an export changed, so an upload tool can sync only those files: files whose content is new or changed,
 * files carried over unchanged from the previous bundle, and files of the previous bundle that are gone.
 * {@code postsRendered} counts the post bodies that had to be rendered (a body is rendered again when it or a page
 * showing it changed).
 */
public record ExportReport(int written, int unchanged, int deleted, Path output, int postsRendered) {
    public ExportReport(int written, int unchanged, int deleted, Path output) {
        this(written, unchanged, deleted, output, 0);
    }

    /** The same report, saying how many post bodies were rendered (the rest were unchanged since last time). */
    ExportReport withPostsRendered(int count) {
        return new ExportReport(written, unchanged, deleted, output, count);
    }
}
