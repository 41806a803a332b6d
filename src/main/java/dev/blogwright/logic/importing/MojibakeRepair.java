package dev.blogwright.logic.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Repairs UTF-8 text that was once decoded as Windows-874 (Thai) or Windows-1252/Latin-1: "โ€”" back to "—",
 * "๐Ÿค–" back to 🤖, "Ã©" back to "é". Each character is mapped back to the byte it came from and runs that form
 * a valid UTF-8 sequence are decoded again. Bytes the code pages leave unmapped (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * are often dropped by the decoder that made the mojibake; a sequence one byte short is completed with the
 * candidate that gives a real character.
 *
 * <p>Correct text must survive: nothing changes unless the text carries an unambiguous mojibake signature (a
 * sequence using a byte 0x80–0x9F, or a Latin-1 "Ã"/"Â" lead), and a sequence is only replaced when it decodes
 * to a character from the blocks mojibake actually hides (Latin letters, punctuation, symbols, emoji).
 */
public final class MojibakeRepair {
    private static final int[] DROPPED_BYTES = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
    private static final String EMOJI_PRESENTATION = "\uFE0F";
    private static final Map<Character, Integer> BYTE_OF = buildByteMap();

    private MojibakeRepair() {
    }

    /** The repaired text, or the same text when it shows no sign of mojibake. */
    public static String repair(String text) {
        if (text == null || text.isEmpty() || !hasSignature(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Match m = matchAt(text, i);
            if (m != null) {
                out.append(m.decoded);
                i += m.length;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** True when the text contains at least one sequence that only mojibake produces. */
    public static boolean hasSignature(String text) {
        for (int i = 0; i < text.length(); i++) {
            // Every character the code pages map back to a byte is at least U+0080 (ASCII maps to itself and
            // never leads a sequence), so plain ASCII is skipped without a boxed map lookup per character.
            if (text.charAt(i) < 0x80) {
                continue;
            }
            Match m = matchAt(text, i);
            if (m != null && m.unambiguous) {
                return true;
            }
        }
        return false;
    }

    private record Match(String decoded, int length, boolean unambiguous) {
    }

    private static Match matchAt(String text, int start) {
        Integer lead = BYTE_OF.get(text.charAt(start));
        if (lead == null) {
            return null;
        }
        int needed = sequenceLength(lead);
        if (needed == 0) {
            return null;
        }
        byte[] bytes = new byte[needed];
        bytes[0] = (byte) (int) lead;
        boolean lowByte = false;
        int have = 1;
        while (have < needed && start + have < text.length()) {
            Integer b = BYTE_OF.get(text.charAt(start + have));
            if (b == null || b < 0x80 || b > 0xBF) {
                break;
            }
            bytes[have++] = (byte) (int) b;
            lowByte |= b <= 0x9F;
        }
        char first = text.charAt(start);
        boolean latinLead = first == 'Ã' || first == 'Â';
        // Real Thai text can spell out a valid UTF-8 sequence by chance ("ไท" + a consonant); a Thai lead only
        // counts for multi-byte sequences when a byte real Thai never uses (0x80–0x9F) is part of it.
        boolean thaiLead = first >= '\u0E00' && first <= '\u0E7F';
        if (have == needed) {
            if (thaiLead && needed > 2 && !lowByte) {
                return null;
            }
            String decoded = decodeStrict(bytes);
            return decoded != null && plausible(decoded, thaiLead)
                    ? new Match(decoded, needed, lowByte || latinLead) : null;
        }
        if (have == needed - 1 && needed >= 3) {
            return completeDroppedByte(bytes, have, lowByte);
        }
        return null;
    }

    /**
     * The decoder that made the mojibake dropped one unmapped byte at the end; the variation selector after an
     * emoji ("๏ธ" + a dropped 0x8F) is by far the likeliest, otherwise the first candidate giving a real symbol.
     */
    private static Match completeDroppedByte(byte[] bytes, int have, boolean lowByte) {
        String best = null;
        for (int candidate : DROPPED_BYTES) {
            bytes[bytes.length - 1] = (byte) candidate;
            String decoded = decodeStrict(bytes);
            if (decoded == null || !plausible(decoded, false)) {
                continue;
            }
            if (decoded.equals(EMOJI_PRESENTATION)) {
                return new Match(decoded, have, false);
            }
            best = best == null ? decoded : best;
        }
        return best != null && lowByte ? new Match(best, have, true) : null;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /**
     * Blocks that mojibake hides in practice; Thai and unassigned code points are never produced, and Greek or
     * Cyrillic only from a Latin lead, because Thai "ะ" or "ั" before a consonant would read as Cyrillic.
     */
    private static boolean plausible(String decoded, boolean thaiLead) {
        int cp = decoded.codePointAt(0);
        if (!Character.isDefined(cp) || Character.isISOControl(cp)) {
            return false;
        }
        return (cp >= 0x00A0 && cp <= 0x024F)                   // Latin-1 supplement, Latin extended A/B
                || (!thaiLead && cp >= 0x0370 && cp <= 0x04FF)  // Greek, Cyrillic
                || (cp >= 0x2000 && cp <= 0x2BFF)               // punctuation, currency, arrows, dingbats
                || (cp >= 0xFE00 && cp <= 0xFE0F)               // variation selectors (emoji presentation)
                || (cp >= 0x1F000 && cp <= 0x1FAFF);            // emoji
    }

    private static String decodeStrict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * One reverse map for both code pages: Latin-1 letters (U+00A0–U+00FF) and Thai letters do not overlap,
     * and both pages share Windows-1252's punctuation in 0x80–0x9F; C1 controls stand for unmapped bytes.
     */
    private static Map<Character, Integer> buildByteMap() {
        Map<Character, Integer> map = new HashMap<>();
        addPage(map, Charset.forName("windows-1252"));
        addPage(map, Charset.forName("x-windows-874"));
        for (int b = 0x80; b <= 0x9F; b++) {
            map.putIfAbsent((char) b, b);
        }
        for (int b = 0xA0; b <= 0xFF; b++) {
            map.putIfAbsent((char) b, b);
        }
        return Map.copyOf(map);
    }

    private static void addPage(Map<Character, Integer> map, Charset charset) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int b = 0x80; b <= 0xFF; b++) {
            try {
                CharBuffer chars = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                map.putIfAbsent(chars.get(0), b);
            } catch (CharacterCodingException e) {
                // unmapped in this page: the C1 fallback below covers it
            }
        }
    }
}
