package dev.blogwright.gui.editor;

import dev.blogwright.logic.importing.MojibakeRepair;
import java.util.Optional;

/**
 * Turns mojibake back into the text it was; empty when there is nothing it can repair. The editor's action and
 * the import share {@link MojibakeRepair}, so both repair the same way.
 */
@FunctionalInterface
public interface TextRepair {
    Optional<String> repair(String text);

    /** The library's repair, offered as the editor's action. */
    static TextRepair standard() {
        return text -> {
            String repaired = MojibakeRepair.repair(text);
            return repaired == null || repaired.equals(text) ? Optional.empty() : Optional.of(repaired);
        };
    }

    /** Whether the text shows traces of UTF-8 read through a single-byte code page (Windows-125x, Mac, Thai …). */
    static boolean looksGarbled(String text) {
        return text != null && MojibakeRepair.hasSignature(text);
    }
}
