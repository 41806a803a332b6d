package dev.blogwright.logic.export;

import java.nio.file.Path;

/**
 * What an export changed, so an upload tool can sync only those files: files whose content is new or changed,
 * files carried over unchanged from the previous bundle, and files of the previous bundle that are gone.
 */
public record ExportReport(int written, int unchanged, int deleted, Path output) {
}
