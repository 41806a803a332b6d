package dev.blogwright.gui.editor;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A minimal mojibake repair until the import's library function is wired in: each run of non-ASCII characters
 * is turned back into the bytes a Windows-874 or Windows-1252 decoder would have read them from, and kept
 * decoded as UTF-8 only when those bytes are valid UTF-8. Runs that do not round-trip (real accents, real Thai)
 * stay as they are, so correct text mixed with garbled text survives.
 */
public final class CodePageTextRepair implements TextRepair {
    private static final Charset THAI = Charset.forName("x-windows-874");
    private static final Charset LATIN = Charset.forName("windows-1252");

    @Override
    public Optional<String> repair(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) >= 0x80) {
                end++;
            }
            String run = text.substring(i, end);
            String fixed = roundTrip(run);
            changed |= !fixed.equals(run);
            out.append(fixed);
            i = end;
        }
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    private static String roundTrip(String run) {
        CharsetEncoder thai = THAI.newEncoder();
        CharsetEncoder latin = LATIN.newEncoder();
        ByteBuffer bytes = ByteBuffer.allocate(run.length());
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            Integer b = byteOf(c, thai, latin);
            if (b == null) {
                return run;
            }
            bytes.put((byte) (int) b);
        }
        bytes.flip();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return run;
        }
    }

    /** The byte behind a character: Thai letters from 874, Latin ones from 1252, C1 controls as themselves. */
    private static Integer byteOf(char c, CharsetEncoder thai, CharsetEncoder latin) {
        if (c >= 0x80 && c <= 0x9F) {
            return (int) c;
        }
        for (CharsetEncoder enc : new CharsetEncoder[] {thai, latin}) {
            if (enc.canEncode(c)) {
                try {
                    ByteBuffer one = enc.encode(CharBuffer.wrap(new char[] {c}));
                    if (one.remaining() == 1) {
                        return one.get() & 0xFF;
                    }
                } catch (CharacterCodingException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
