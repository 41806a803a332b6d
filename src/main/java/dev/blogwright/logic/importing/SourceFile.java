package dev.blogwright.logic.importing;

import java.nio.file.Path;

/**
 * A Markdown file found for import. {@code sourcePath} is its path relative to the chosen import root, with
 * forward slashes: the stable key a re-import matches on.
 */
public record SourceFile(Path file, Path root, String sourcePath, boolean inDraftsFolder) {
}
