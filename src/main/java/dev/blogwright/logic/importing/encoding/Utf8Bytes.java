package dev.blogwright.logic.importing.encoding;

import java.io.ByteArrayOutputStream;

/**
 * Decodes the bytes a code page gives back as UTF-8, forgiving the damage that travels with mojibake: a 0xA0
 * byte some program turned into a plain space, CESU-8 (each half of an emoji encoded on its own, as Java and
 * MySQL's old "utf8" did), a sequence whose byte the code page could not show (byte 0x1A or a '?', decoded as
 * U+FFFD or, where the lost byte is certain, as the character it was) and a last byte the decoder dropped.
 * Anything else that is not UTF-8 makes the whole decoding fail: then the text was not UTF-8 in this page.
 */
final class Utf8Bytes {
    private Utf8Bytes() {
    }

    /** The decoded text, or null when the bytes are not UTF-8 even with the known damage forgiven. */
    static String decode(byte[] raw, CodePage page) {
        byte[] bytes = page.name().equals("macroman") ? raw : restoreNoBreakSpaces(raw);
        return decode(bytes, page, false);
    }

    /**
     * Decodes what is UTF-8 and keeps every other byte as the character the page shows for it: for a text whose
     * mojibake sits beside characters that were read right (a real "…" after a garbled "â€”"). Null when more
     * bytes had to be kept than sequences were decoded, as then the text was mostly not UTF-8 at all.
     */
    static String decodeWherePossible(byte[] bytes, CodePage page) {
        return decode(bytes, page, true);
    }

    private static String decode(byte[] bytes, CodePage page, boolean keepInvalid) {
        StringBuilder out = new StringBuilder(bytes.length);
        int decoded = 0;
        int kept = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                if (b == CodePage.LOST) {
                    out.append('\uFFFD');
                } else {
                    out.append((char) b);
                }
                i++;
                continue;
            }
            int used = decodeSequence(bytes, i, page, out);
            if (used > 0) {
                decoded++;
                i += used;
            } else if (keepInvalid) {
                out.append(page.shown(b));
                kept++;
                i++;
            } else {
                return null;
            }
        }
        return kept <= decoded ? out.toString() : null;
    }

    /** Decodes one multi-byte sequence at {@code start} into {@code out}; the bytes used, or 0 when invalid. */
    private static int decodeSequence(byte[] bytes, int start, CodePage page, StringBuilder out) {
        int lead = bytes[start] & 0xFF;
        int cesu = surrogatePair(bytes, start);
        if (cesu > 0) {
            out.appendCodePoint(cesu);
            return 6;
        }
        int needed = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (needed == 0) {
            return 0;
        }
        int have = 1;
        boolean lost = false;
        while (have < needed && start + have < bytes.length) {
            int c = bytes[start + have] & 0xFF;
            if (c >= 0x80 && c <= 0xBF) {
                have++;
            } else if (c == CodePage.LOST || (c == '?' && !lost && have == needed - 1 && needed == 3)) {
                lost = true;
                have++;
            } else {
                break;
            }
        }
        if (lost && have == needed) {
            int last = bytes[start + needed - 1] & 0xFF;
            boolean onlyLast = countLost(bytes, start, needed) == 1 && (last == CodePage.LOST || last == '?');
            String restored = onlyLast ? completion(bytes, start, needed - 1, page) : null;
            out.append(restored != null ? restored : "\uFFFD");
            return needed;
        }
        if (have == needed) {
            int cp = codePoint(bytes, start, needed);
            if (cp < 0) {
                return 0;
            }
            out.appendCodePoint(cp);
            return needed;
        }
        if (have == needed - 1 && needed >= 3) {
            String restored = completion(bytes, start, have, page);
            if (restored != null) {
                out.append(restored);
                return have;
            }
        }
        return 0;
    }

    private static int countLost(byte[] bytes, int start, int length) {
        int n = 0;
        for (int k = 1; k < length; k++) {
            int c = bytes[start + k] & 0xFF;
            n += c == CodePage.LOST || c == '?' ? 1 : 0;
        }
        return n;
    }

    /**
     * The character of a sequence whose last byte the decoder could not show: a byte the page leaves undefined.
     * The variation selector after an emoji and the closing quote after "â€" are by far the likeliest; otherwise
     * the first candidate that is a real character. Null when the page defines every byte (nothing was dropped).
     */
    private static String completion(byte[] bytes, int start, int have, CodePage page) {
        byte[] seq = new byte[have + 1];
        System.arraycopy(bytes, start, seq, 0, have);
        int lead = seq[0] & 0xFF;
        int second = seq[1] & 0xFF;
        // Only where dropped bytes are met in practice: punctuation and symbols (E2), the emoji presentation
        // selector (EF B8) and emoji (F0 9F); elsewhere a guess would put a letter of some unrelated script.
        boolean likely = lead == 0xE2 || (lead == 0xEF && second == 0xB8) || (lead == 0xF0 && second == 0x9F);
        if (!likely) {
            return null;
        }
        int preferred = lead == 0xEF && second == 0xB8 && have == 2 ? 0x8F
                : lead == 0xE2 && second == 0x80 && have == 2 ? 0x9D : -1;
        if (preferred > 0 && droppable(page, preferred)) {
            seq[have] = (byte) preferred;
            return new String(Character.toChars(codePoint(seq, 0, seq.length)));
        }
        for (int candidate = 0x80; candidate <= 0xBF; candidate++) {
            if (!droppable(page, candidate)) {
                continue;
            }
            seq[have] = (byte) candidate;
            int cp = codePoint(seq, 0, seq.length);
            if (cp >= 0 && Character.isDefined(cp) && !Character.isISOControl(cp)
                    && Character.getType(cp) != Character.FORMAT) {
                return new String(Character.toChars(cp));
            }
        }
        return null;
    }

    /** A byte a decoder drops: one the page shows only as a C1 control, because its standard leaves it out. */
    private static boolean droppable(CodePage page, int b) {
        char shown = page.shown(b);
        return page.name().startsWith("sloppy") && page.isUndefined(b) && shown >= 0x80 && shown <= 0x9F;
    }

    /** The code point of a complete, shortest-form sequence; -1 for overlong forms, surrogates and beyond U+10FFFF. */
    private static int codePoint(byte[] bytes, int start, int length) {
        int lead = bytes[start] & 0xFF;
        int cp = length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
        for (int k = 1; k < length; k++) {
            int c = bytes[start + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) {
                return -1;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        int min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        return cp;
    }

    /** A CESU-8 surrogate pair (ED A0–AF xx ED B0–BF xx) at start as one code point, else -1. */
    private static int surrogatePair(byte[] bytes, int start) {
        if (start + 6 > bytes.length || (bytes[start] & 0xFF) != 0xED || (bytes[start + 3] & 0xFF) != 0xED) {
            return -1;
        }
        int b1 = bytes[start + 1] & 0xFF;
        int b2 = bytes[start + 2] & 0xFF;
        int b4 = bytes[start + 4] & 0xFF;
        int b5 = bytes[start + 5] & 0xFF;
        if (b1 < 0xA0 || b1 > 0xAF || b2 < 0x80 || b2 > 0xBF || b4 < 0xB0 || b4 > 0xBF || b5 < 0x80 || b5 > 0xBF) {
            return -1;
        }
        int high = 0xD000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
        int low = 0xD000 | ((b4 & 0x3F) << 6) | (b5 & 0x3F);
        return Character.toCodePoint((char) high, (char) low);
    }

    /**
     * Puts back the 0xA0 bytes that became spaces, where the sequence would be UTF-8 with them and is a likely
     * character: "Ã " before a word is "à " whose own space was merged with the following one.
     */
    static byte[] restoreNoBreakSpaces(byte[] bytes) {
        ByteArrayOutputStream out = null;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int fixedLength = alteredSequence(bytes, i);
            if (fixedLength == 0) {
                if (out != null) {
                    out.write(b);
                }
                continue;
            }
            if (out == null) {
                out = new ByteArrayOutputStream(bytes.length + 8);
                out.write(bytes, 0, i);
            }
            boolean graveWord = b == 0xC3 && fixedLength == 2 && startsWord(bytes, i + 2);
            for (int k = 0; k < fixedLength; k++) {
                int c = bytes[i + k] & 0xFF;
                out.write(c == ' ' ? 0xA0 : c);
            }
            if (graveWord) {
                out.write(' ');
            }
            i += fixedLength - 1;
        }
        return out == null ? bytes : out.toByteArray();
    }

    /** The length of a sequence at i that is UTF-8 but for one space standing for 0xA0; 0 when there is none. */
    private static int alteredSequence(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        if (b < 0xC2) {
            return 0;
        }
        if (b == 0xC2 || b == 0xC3 || b == 0xC5 || b == 0xCE || b == 0xD0 || b == 0xD9) {
            return at(bytes, i + 1) == ' ' ? 2 : 0;
        }
        // Only leads of punctuation, symbols and CJK (E2, E3): an "á" (E1) or "à" (E0) before a symbol and a
        // space is far likelier to be just that than a Khmer or Samaritan letter.
        if (b == 0xE2 || b == 0xE3) {
            int c1 = at(bytes, i + 1);
            int c2 = at(bytes, i + 2);
            if (c1 == ' ' && likelyContinuation(c2)) {
                return 3;
            }
            // "â€" then a space is far more often a closing quote whose 0x9D was dropped than a dagger (E2 80 A0).
            boolean dagger = b == 0xE2 && c1 == 0x80;
            return likelyContinuation(c1) && c2 == ' ' && !dagger ? 3 : 0;
        }
        if (b == 0xF0) {
            int spaces = 0;
            for (int k = 1; k <= 3; k++) {
                int c = at(bytes, i + k);
                if (c == ' ') {
                    spaces++;
                } else if (c < 0x80 || c > 0xBF) {
                    return 0;
                }
            }
            return spaces == 1 ? 4 : 0;
        }
        return 0;
    }

    /** A continuation byte other than 0x85 (an ellipsis in Windows-1252) and 0xA0 itself. */
    private static boolean likelyContinuation(int c) {
        return c >= 0x80 && c <= 0xBF && c != 0x85 && c != 0xA0;
    }

    /** After "Ã ": a word begins (not "às ", nor Portuguese "àquele", "àquela", "àquilo"), so the space stays. */
    private static boolean startsWord(byte[] bytes, int i) {
        int c = at(bytes, i);
        if (c == ' ' || c < 0) {
            return false;
        }
        if (c == 's' && (at(bytes, i + 1) == ' ' || at(bytes, i + 1) < 0)) {
            return false;
        }
        return !(startsWith(bytes, i, "quele") || startsWith(bytes, i, "quela") || startsWith(bytes, i, "quilo"));
    }

    private static boolean startsWith(byte[] bytes, int i, String ascii) {
        for (int k = 0; k < ascii.length(); k++) {
            if (at(bytes, i + k) != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int at(byte[] bytes, int i) {
        return i < bytes.length ? bytes[i] & 0xFF : -1;
    }
}
