package dev.blogwright.logic.importing.encoding;

import java.util.BitSet;
import java.util.Set;

/**
 * Finds runs of characters that spell UTF-8 in some code page (a lead character such as "Ã", "â", "Ð" or "ð",
 * then the continuation characters its sequence needs) inside text that as a whole is not mojibake, and repairs
 * each run on its own when the run is itself bad. A run right after another continuation character is left
 * alone: it is the tail of a longer garble, and repairing a few characters of it would make it worse.
 */
final class EmbeddedMojibake {
    private static final CharSet LEAD2 = new CharSet();
    private static final CharSet LEAD3 = new CharSet();
    private static final CharSet LEAD4 = new CharSet();
    private static final CharSet CONTINUATION = new CharSet();
    private static final CharSet STRICT_CONTINUATION = new CharSet();

    static {
        for (CodePage page : CodePage.all()) {
            if (page.name().equals("macroman") || page.name().equals("cp437")) {
                continue;
            }
            for (int b = 0x80; b <= 0xBF; b++) {
                CONTINUATION.add(page.shown(b));
                STRICT_CONTINUATION.add(page.shown(b));
            }
            for (int b = 0xC2; b <= 0xDF; b++) {
                LEAD2.add(page.shown(b));
            }
            for (int b = 0xE0; b <= 0xEF; b++) {
                LEAD3.add(page.shown(b));
            }
            LEAD4.add(page.shown(0xF0));
            LEAD4.add(page.shown(0xF3));
        }
        // A space may be a 0xA0 that became one; "Ã " is repaired by the decoder, which knows when.
        CONTINUATION.add(' ');
        // Punctuation that correct text puts right before a word ("l’Ã©valuation") does not make a garble.
        for (char c : "\u00A0\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u2022\u00AB\u00BB".toCharArray()) {
            STRICT_CONTINUATION.remove(c);
        }
    }

    private EmbeddedMojibake() {
    }

    /** The text with every bad run repaired; the same text when no run is. */
    static String fixRuns(String text, Set<String> readAs) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int end = runEnd(text, i);
            if (end <= i || (i > 0 && STRICT_CONTINUATION.contains(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            String run = text.substring(i, end);
            String fixed = run.length() < text.length() && Badness.isBad(run) ? fixWithNext(run, text, end, readAs) : run;
            if (!fixed.equals(run)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(fixed);
                copied = end;
            }
            i = end;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * A run ending in a space is repaired with the character after it, which tells the decoder whether "Ã " was
     * "à" and a space ("Ã l’utilisation") or "à" alone ("Ã s" for "às").
     */
    private static String fixWithNext(String run, String text, int end, Set<String> readAs) {
        // The extended run must still be shorter than the text, or its repair would come back here forever.
        if (!run.endsWith(" ") || end >= text.length() || run.length() + 1 >= text.length()) {
            return EncodingFixer.fix(run, readAs);
        }
        String next = text.substring(end, end + 1);
        String fixed = EncodingFixer.fix(run + next, readAs);
        return fixed.endsWith(next) ? fixed.substring(0, fixed.length() - 1) : run;
    }

    /** The end of the run of whole UTF-8-looking sequences that starts at i; i when none starts there. */
    private static int runEnd(String text, int i) {
        int pos = i;
        while (pos < text.length()) {
            int len = sequenceAt(text, pos);
            if (len == 0) {
                break;
            }
            pos += len;
        }
        return pos;
    }

    private static int sequenceAt(String text, int pos) {
        char c = text.charAt(pos);
        int needed = LEAD2.contains(c) ? 2 : LEAD3.contains(c) ? 3 : LEAD4.contains(c) ? 4 : 0;
        if (needed == 0 || pos + needed > text.length()) {
            return 0;
        }
        for (int k = 1; k < needed; k++) {
            if (!CONTINUATION.contains(text.charAt(pos + k))) {
                return 0;
            }
        }
        return needed;
    }

    /** A set of BMP characters small enough to scan fast: the characters of a few code pages. */
    private static final class CharSet {
        private final BitSet bits = new BitSet();

        void add(char c) {
            bits.set(c);
        }

        void remove(char c) {
            bits.clear(c);
        }

        boolean contains(char c) {
            return bits.get(c);
        }
    }
}
