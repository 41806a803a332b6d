package dev.blogwright.gui.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the preview's page shell is written so WebKit loads it from a {@code file:} URL. A page loaded from a
 * string ({@code loadContent}) has an opaque origin, and WebKit refuses it every {@code file:} image (a
 * {@code <base href>} does not change the origin): the library's pictures showed as their alt text. The files
 * live in a private temporary folder (owner-only on POSIX) that is removed when the app exits.
 */
final class PreviewShellFile {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewShellFile.class);
    private Path folder;
    private boolean unavailable;
    /** Two names used in turn, so each load is of a URL other than the one shown and never served stale. */
    private int turn;

    /** Writes the page and returns its URL, or empty when no file can be written (the caller loads the string). */
    Optional<String> write(String html) {
        if (unavailable) {
            return Optional.empty();
        }
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("blogwright-preview");
                folder.toFile().deleteOnExit();
                for (int i = 0; i < 2; i++) {
                    name(i).toFile().deleteOnExit();
                }
            }
            turn = 1 - turn;
            Path file = name(turn);
            Files.writeString(file, html, StandardCharsets.UTF_8);
            return Optional.of(file.toUri().toString());
        } catch (IOException | RuntimeException e) {
            unavailable = true;
            LOG.warn("the preview page could not be written to a temporary file; images will not show", e);
            return Optional.empty();
        }
    }

    private Path name(int i) {
        return folder.resolve("post-" + i + ".html");
    }
}
