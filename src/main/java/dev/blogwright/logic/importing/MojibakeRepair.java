package dev.blogwright.logic.importing;

import dev.blogwright.logic.importing.encoding.Badness;
import dev.blogwright.logic.importing.encoding.EncodingFixer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs UTF-8 text that was once decoded through a single-byte code page: "Ã©" back to "é", "â€™" to "’",
 * "Ð¿Ñ€Ð¸" to "при", "√©" (MacRoman) to "é", "โ€”" and "๐Ÿค–" (Windows-874) to "—" and 🤖, text garbled twice
 * over, and a few such characters inside otherwise correct text. The work is done in
 * {@code logic.importing.encoding}; this is the one door the import and the editor's repair action use.
 *
 * <p>Correct text must survive: nothing changes unless {@link Badness} finds a sequence that mojibake makes and
 * writing does not, and then only the reading that decodes as UTF-8 replaces it. The whole text is tried first,
 * because one line of mojibake ("April 30 ยท 2 min") is only recognisable next to the others; then each line,
 * leaving Markdown code alone (a post about encodings shows mojibake there on purpose).
 */
public final class MojibakeRepair {
    private static final Logger LOG = LoggerFactory.getLogger(MojibakeRepair.class);

    private MojibakeRepair() {
    }

    /** A repair and the code pages the text had been read through ("Windows-1252"), for the import report. */
    public record Repaired(String text, List<String> readAs) {
        public Repaired {
            readAs = List.copyOf(readAs);
        }
    }

    /** The repaired text, or the same instance when it shows no sign of mojibake. Never throws. */
    public static String repair(String text) {
        return repairExplained(text).text();
    }

    /** As {@link #repair}, saying which code pages the text had been read through (none when unchanged). */
    public static Repaired repairExplained(String text) {
        if (text == null || EncodingFixer.isAscii(text)) {
            return new Repaired(text, List.of());
        }
        try {
            Set<String> readAs = new LinkedHashSet<>();
            String repaired = repairLines(text, readAs);
            // Repair only ever replaces several characters by fewer; anything else would be a bug, and the
            // text as it came is then the safe answer.
            return repaired.length() <= text.length() && !repaired.equals(text)
                    ? new Repaired(repaired, List.copyOf(readAs)) : new Repaired(text, List.of());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Mojibake repair skipped a text of {} characters after an internal error", text.length(), e);
            return new Repaired(text, List.of());
        }
    }

    /** True when {@link #repair} would change the text. */
    public static boolean hasSignature(String text) {
        return text != null && !text.isEmpty() && repair(text) != text;
    }

    private static String repairLines(String text, Set<String> readAs) {
        // Each rule of the measure looks at a few neighbouring characters (and "^" is any line's start), so text
        // that is not bad as a whole has no bad line either: most texts stop here after one pass.
        if (!Badness.isBad(text)) {
            return text;
        }
        String whole = text;
        if (text.indexOf('\n') >= 0) {
            for (int round = 0; round < 6 && Badness.isBad(whole); round++) {
                String next = EncodingFixer.redecodeWhole(whole, readAs);
                // Decoding what can be decoded and keeping the rest would reach into code too, where mojibake
                // may be shown on purpose; a text with code is repaired line by line instead.
                if (next == null && !ProseParts.hasCode(whole)) {
                    next = EncodingFixer.redecodeWherePossible(whole, readAs);
                }
                if (next == null) {
                    break;
                }
                whole = next;
            }
        }
        return ProseParts.mapLines(whole, line -> line.isEmpty() ? line : EncodingFixer.fix(line, readAs));
    }
}
