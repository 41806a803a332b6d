package dev.blogwright.logic.importing.encoding;

import java.util.List;
import java.util.Set;

/**
 * Undoes UTF-8 read through a single-byte code page, the way python-ftfy's {@code fix_encoding} does: nothing
 * is touched unless {@link Badness} finds a mark of mojibake; then the text is turned back into the bytes each
 * code page would have read it from, and of the pages whose bytes are UTF-8 the one whose reading leaves the
 * fewest marks gives the repair. Text garbled
 * twice or three times is repaired one layer per round. Mojibake inside otherwise sound text (a "â€™" in a
 * sentence that also holds a real "é" or an emoji) is repaired run by run, each run only when it is itself bad.
 * Left-over C1 controls are Windows-1252 read as Latin-1 and become the punctuation they were.
 */
public final class EncodingFixer {
    /** Garbled three times is the most seen in the wild; a bound keeps a pathological text from looping. */
    private static final int MAX_ROUNDS = 6;
    private static final List<CodePage> PAGES = CodePage.all();
    private static final CodePage WINDOWS_1252 = PAGES.stream()
            .filter(p -> p.name().equals("sloppy-windows-1252")).findFirst().orElseThrow();

    private EncodingFixer() {
    }

    /**
     * The repaired text, or the same instance when there is nothing to repair; the code pages the text had been
     * read through are added to {@code readAs}, for the import report.
     */
    public static String fix(String text, Set<String> readAs) {
        String current = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = fixOnce(current, readAs);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current.equals(text) ? text : current;
    }

    /** One layer of repair: whole-text re-decoding, then runs, then C1 controls. */
    static String fixOnce(String text, Set<String> readAs) {
        if (isAscii(text) || !Badness.isBad(text)) {
            return text;
        }
        String whole = redecodeWhole(text, readAs);
        if (whole != null) {
            return whole;
        }
        String runs = EmbeddedMojibake.fixRuns(text, readAs);
        if (!runs.equals(text)) {
            return runs;
        }
        String controls = fixC1Controls(text);
        if (!controls.equals(text)) {
            readAs.add("Latin-1 instead of Windows-1252");
        }
        return controls;
    }

    /** The text as UTF-8 through the first code page that gives its bytes and whose bytes are UTF-8; else null. */
    public static String redecodeWhole(String text, Set<String> readAs) {
        String best = null;
        CodePage bestPage = null;
        int bestCost = Integer.MAX_VALUE;
        for (CodePage page : PAGES) {
            byte[] bytes = page.encode(text);
            if (bytes == null) {
                continue;
            }
            String decoded = Utf8Bytes.decode(bytes, page);
            if (decoded == null || decoded.equals(text)) {
                continue;
            }
            // Several pages can give UTF-8 (Windows-1250 and ISO-8859-2 share most letters); the reading with
            // the fewest marks of mojibake wins, the page tried first on a tie.
            int cost = Badness.cost(decoded);
            if (cost < bestCost) {
                best = decoded;
                bestPage = page;
                bestCost = cost;
            }
            if (cost == 0) {
                break;
            }
        }
        if (bestPage != null) {
            readAs.add(bestPage.label());
        }
        return best;
    }

    /**
     * The text with every UTF-8 sequence of one code page decoded and the other characters kept, when that leaves
     * no mark of mojibake at all; else null. For a whole document, where one page garbled most of it and a few
     * characters were read right.
     */
    public static String redecodeWherePossible(String text, Set<String> readAs) {
        for (CodePage page : PAGES) {
            byte[] bytes = page.encode(text);
            if (bytes == null) {
                continue;
            }
            String decoded = Utf8Bytes.decodeWherePossible(bytes, page);
            if (decoded != null && !decoded.equals(text) && !Badness.isBad(decoded)) {
                readAs.add(page.label());
                return decoded;
            }
        }
        return null;
    }

    /** C1 controls as the Windows-1252 characters a browser shows for them (Latin-1 read for Windows-1252). */
    static String fixC1Controls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                char shown = WINDOWS_1252.shown(c);
                if (shown != c) {
                    if (out == null) {
                        out = new StringBuilder(text);
                    }
                    out.setCharAt(i, shown);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Mojibake needs characters from U+0080 up; most texts have none and are passed over in one scan. */
    public static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
