package dev.blogwright.logic.importing.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-byte code page that UTF-8 is often mistaken for, as the table of the 256 characters its bytes show as.
 * "Sloppy" pages fill the bytes their standard leaves undefined the way Windows and browsers do (the C1 control
 * with the same number), so text a careless decoder made can be turned back into its bytes. U+FFFD, which such a
 * decoder leaves for a byte it could not show, is given the byte 0x1A (SUBSTITUTE) so the decoder can mark the
 * sequence it broke as lost rather than give up on the whole text.
 */
final class CodePage {
    /** The byte that stands for U+FFFD in a sloppy page; ASCII text never carries it. */
    static final int LOST = 0x1A;
    private static final Logger LOG = LoggerFactory.getLogger(CodePage.class);

    private final String name;
    private final String label;
    private final char[] shown = new char[256];
    private final boolean sloppy;
    private final boolean[] undefined = new boolean[256];
    private final char[] sortedChars;
    private final byte[] bytesOfSorted;

    private CodePage(String name, String label, Charset charset, Charset filler, boolean sloppy) {
        this.name = name;
        this.label = label;
        this.sloppy = sloppy;
        for (int b = 0; b < 0x80; b++) {
            shown[b] = (char) b;
        }
        for (int b = 0x80; b < 0x100; b++) {
            Optional<Character> own = decodeOne(charset, b);
            Optional<Character> filled = own.isEmpty() && filler != null ? decodeOne(filler, b) : Optional.empty();
            undefined[b] = own.isEmpty();
            shown[b] = own.or(() -> filled).orElse((char) b);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int b = 0x80; b < 0x100; b++) {
            pairs.add(new int[] {shown[b], b});
        }
        if (sloppy) {
            pairs.add(new int[] {0xFFFD, LOST});
        }
        pairs.sort((x, y) -> Integer.compare(x[0], y[0]));
        sortedChars = new char[pairs.size()];
        bytesOfSorted = new byte[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            sortedChars[i] = (char) pairs.get(i)[0];
            bytesOfSorted[i] = (byte) pairs.get(i)[1];
        }
    }

    /**
     * The pages tried, in the order tried: the ones UTF-8 is most often mistaken for first. Windows-874 (Thai)
     * shows its undefined bytes as Windows-1252 does, which is what the mojibake of real Thai-locale exports shows.
     */
    static List<CodePage> all() {
        List<CodePage> pages = new ArrayList<>();
        add(pages, "latin-1", "Latin-1", "ISO-8859-1", null, false);
        add(pages, "sloppy-windows-1252", "Windows-1252", "windows-1252", null, true);
        add(pages, "sloppy-windows-1251", "Windows-1251 (Cyrillic)", "windows-1251", null, true);
        add(pages, "sloppy-windows-1250", "Windows-1250 (Central European)", "windows-1250", null, true);
        add(pages, "sloppy-windows-1253", "Windows-1253 (Greek)", "windows-1253", null, true);
        add(pages, "sloppy-windows-1254", "Windows-1254 (Turkish)", "windows-1254", null, true);
        add(pages, "sloppy-windows-1257", "Windows-1257 (Baltic)", "windows-1257", null, true);
        add(pages, "iso-8859-2", "ISO-8859-2", "ISO-8859-2", null, false);
        add(pages, "macroman", "MacRoman", "x-MacRoman", null, false);
        add(pages, "cp437", "DOS code page 437", "IBM437", null, false);
        add(pages, "sloppy-windows-874", "Windows-874 (Thai)", "x-windows-874", "windows-1252", true);
        return List.copyOf(pages);
    }

    private static void add(List<CodePage> pages, String name, String label, String charset, String filler,
            boolean sloppy) {
        // A runtime without jdk.charsets lacks the rarer pages; the repair then works with the ones it has.
        if (!Charset.isSupported(charset) || (filler != null && !Charset.isSupported(filler))) {
            LOG.warn("Code page {} is not available in this Java runtime; mojibake through it is not repaired",
                    charset);
            return;
        }
        pages.add(new CodePage(name, label, Charset.forName(charset),
                filler == null ? null : Charset.forName(filler), sloppy));
    }

    String name() {
        return name;
    }

    /** The page's name as a person knows it, for the import report. */
    String label() {
        return label;
    }

    /** Whether the byte the page gives this character was one its standard leaves undefined. */
    boolean isUndefined(int b) {
        return undefined[b & 0xFF];
    }

    /** The character a byte shows as. */
    char shown(int b) {
        return shown[b & 0xFF];
    }

    /** The byte a character came from, or -1 when the page has no byte for it. */
    int byteOf(char c) {
        if (c < 0x80) {
            return c == LOST && sloppy ? -1 : c;
        }
        int i = Arrays.binarySearch(sortedChars, c);
        return i >= 0 ? bytesOfSorted[i] & 0xFF : -1;
    }

    /** The bytes the text was read from through this page, or null when a character has no byte here. */
    byte[] encode(CharSequence text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < out.length; i++) {
            int b = byteOf(text.charAt(i));
            if (b < 0) {
                return null;
            }
            out[i] = (byte) b;
        }
        return out;
    }

    private static Optional<Character> decodeOne(Charset charset, int b) {
        try {
            String s = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
            return s.length() == 1 && s.charAt(0) != '\uFFFD' ? Optional.of(s.charAt(0)) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
