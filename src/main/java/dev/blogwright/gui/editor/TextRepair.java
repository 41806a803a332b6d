package dev.blogwright.gui.editor;

import java.util.Optional;

/** Turns mojibake back into the text it was; empty when there is nothing it can repair. */
@FunctionalInterface
public interface TextRepair {
    Optional<String> repair(String text);

    /** Whether the text shows the usual traces of UTF-8 read as Windows-1252 or Windows-874 (Thai). */
    static boolean looksGarbled(String text) {
        return text != null && (text.contains("â€") || text.contains("Ã") || text.contains("à¸")
                || text.contains("โ€") || text.contains("๐Ÿ"));
    }
}
