package dev.blogwright.logic.importing.encoding;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether text shows the marks of mojibake: pairs and triples of characters that real writing does not put side
 * by side but UTF-8 read through a single-byte code page does ("Ã©", "â€™", "Ð¿Ñ€", "√©", "РІС"). The
 * characters mojibake is made of fall into a few classes (accented letters, currency, numeric signs, opening and
 * closing punctuation, box drawing, signs that are almost never written on their own); the rules say which
 * neighbours are suspicious. This is python-ftfy's heuristic (badness.py) restated, with the classes kept apart
 * from the rules so each rule reads as one sentence; the rules for Thai (Windows-874) are ours.
 */
public final class Badness {
    /** Appear in many contexts; only suspicious next to another sign of mojibake. */
    private static final String COMMON = "\u00A0\u00AD\u00B7\u00B4\u2013\u2014\u2015\u2026\u2019";
    /** C1 controls: no use left outside of mojibake. */
    private static final String C1 = "\u0080-\u009F";
    /** Signs that are nearly always mojibake when they appear in text at all. */
    private static final String BAD = "\u00A6\u00A4\u00A8\u00AC\u00AF\u00B6\u00A7\u00B8\u0192\u02C6\u02C7\u02D8"
            + "\u02DB\u02DC\u2020\u2021\u2030\u2310\u25CA\uFFFD\u00AA\u00BA";
    private static final String CURRENCY = "\u00A2\u00A3\u00A5\u20A7\u20AC";
    private static final String START = "\u00A1\u00AB\u00BF\u00A9\u0384\u0385\u2018\u201A\u201C\u201E\u2022"
            + "\u2039\uF8FF";
    private static final String END = "\u00AE\u00BB\u02DD\u201D\u203A\u2122";
    private static final String NUMERIC = "\u00B2\u00B3\u00B9\u00B1\u00BC\u00BD\u00BE\u00D7\u00B5\u00F7\u2044"
            + "\u2202\u2206\u220F\u2211\u221A\u221E\u2229\u222B\u2248\u2260\u2261\u2264\u2265\u2116";
    /** Letters that make up emoticon faces, so they may stand in unusual company. */
    private static final String KAOMOJI = "\u00D2-\u00D6\u00D9-\u00DC\u00F2-\u00F6\u00F8-\u00FC\u0150\u00B0";
    private static final String UPPER_ACCENTED = "\u00C0-\u00D1\u00D8\u00DC\u00DD\u0102\u0104\u0106\u010C\u010E"
            + "\u0110\u0118\u011A\u011E\u0130\u0139\u013D\u0141\u0143\u0147\u0152\u0158\u015A\u015E\u0160\u0162"
            + "\u0164\u016E\u0170\u0178\u0179\u017B\u017D\u0490";
    private static final String LOWER_ACCENTED = "\u00DF\u00E0-\u00F1\u0103\u0105\u0107\u010D\u010F\u0111"
            + "\u0119\u011B\u011F\u013A\u013E\u0142\u0153\u0155\u015B\u015F\u0161\u0165\u00FC\u017A\u017C\u017E"
            + "\u0491\uFB01\uFB02";
    private static final String UPPER_COMMON = "\u00DE\u0391-\u03A9\u0386\u0388\u0389\u038A\u038C\u038E\u038F"
            + "\u03AA\u03AB\u0401-\u042F";
    private static final String LOWER_COMMON = "\u03B1-\u03C9\u03AC\u03AD\u03AE\u03AF\u03B0\u0430-\u045F";
    private static final String BOX = "\u2502\u250C\u2510\u2518\u251C\u2524\u252C\u253C\u2550-\u256C\u2580\u2584"
            + "\u2588\u258C\u2590\u2591\u2592\u2593";
    /**
     * Windows-1252 punctuation in 0x80–0x9F that Thai writing does not use; after a Thai character it is a UTF-8
     * lead byte read through Windows-874 ("โ€", "๐Ÿ").
     */
    private static final String THAI_ODD_FOLLOWER = "\u20AC\u201A\u0192\u201E\u2020\u2021\u02C6\u2030\u0160"
            + "\u2039\u0152\u017D\u2022\u02DC\u2122\u0161\u203A\u0153\u017E\u0178" + C1;

    private static final List<String> RULES = List.of(
            cls(C1),
            cls(BAD + LOWER_ACCENTED + UPPER_ACCENTED + BOX + START + END + CURRENCY + NUMERIC) + cls(BAD),
            "[a-zA-Z]" + cls(LOWER_COMMON + UPPER_COMMON) + cls(BAD),
            cls(BAD) + cls(LOWER_ACCENTED + UPPER_ACCENTED + BOX + START + END + CURRENCY + NUMERIC),
            cls(LOWER_ACCENTED + LOWER_COMMON + BOX + END + CURRENCY + NUMERIC) + cls(UPPER_ACCENTED),
            cls(BOX + END + CURRENCY + NUMERIC) + cls(LOWER_ACCENTED),
            // An accented capital before a currency sign is left out: leetspeak writes "MÄ£ÄM".
            cls(LOWER_ACCENTED + BOX + END) + cls(CURRENCY),
            "\\s" + cls(UPPER_ACCENTED) + cls(CURRENCY),
            cls(UPPER_ACCENTED + BOX) + cls(NUMERIC),
            cls(LOWER_ACCENTED + UPPER_ACCENTED + BOX + CURRENCY + END) + cls(START) + cls(NUMERIC),
            cls(LOWER_ACCENTED + UPPER_ACCENTED + CURRENCY + NUMERIC + BOX) + cls(END) + cls(START),
            cls(CURRENCY + NUMERIC + BOX) + cls(START),
            "[a-z]" + cls(UPPER_ACCENTED) + cls(START + CURRENCY),
            cls(BOX) + cls(KAOMOJI),
            cls(LOWER_ACCENTED + UPPER_ACCENTED + CURRENCY + NUMERIC + START + END) + cls(BOX),
            cls(BOX) + cls(END),
            cls(LOWER_ACCENTED + UPPER_ACCENTED) + cls(END) + "\\w",
            // The ligature œ is written before a plain Latin letter ("cœur"); anywhere else it is 0x9C.
            "[\u0152\u0153][^A-Za-z]",
            // Windows-1252 two-character mojibake the classes above miss.
            "[\u00C2\u00C3\u00CE\u00D0]" + cls("\u20AC\u0152\u0153\u0160\u0161\u00A2\u00A3\u0178\u017E\u00A0\u00AD\u00AE\u00A9"
                    + "\u00B0\u00B7\u00BB" + START + END + "\u2013\u2014\u00B4"),
            "\u00D7[\u00B2\u00B3]",
            // Windows-1252 "Ä" and "Å" leads of Turkish, Baltic and Central European letters ("Ä±" ı, "Å¡" š).
            "\u00C4[\u00B0\u00B1\u00AB\u00BB\u00B9\u00B7\u00BA\u00BF]",
            "\u00C5[\u0178\u00A1\u00BE\u201A\u00BC\u00BD\u203A\u00BA\u017E\u00BB\u00B8]",
            // Arabic read as Windows-1252 uses the common signs too, so two pairs in a row are required.
            "[\u00D8\u00D9]" + cls(COMMON + CURRENCY + BAD + NUMERIC + START + "\u0178\u0160\u00AE\u00B0\u00B5\u00BB")
                    + "[\u00D8\u00D9]" + cls(COMMON + CURRENCY + BAD + NUMERIC + START
                    + "\u0178\u0160\u00AE\u00B0\u00B5\u00BB"),
            // Windows-1252 leads of three-byte South Asian letters.
            "\u00E0[\u00B2\u00B5\u00B9\u00BC\u00BD\u00BE]",
            // MacRoman.
            "\u221A[\u00B1\u2202\u2020\u2260\u00AE\u2122\u00B4\u2264\u2265\u00A5\u00B5\u00F8]",
            // MacRoman "√" (0xC3) inside a word, before the second byte of an accented letter ("g√¢teaux").
            "[A-Za-z]\u221A[\u00A2\u00A3\u00A7\u00B6\u00DF\u00AE\u00A9\u2122\u00C4\u00C5\u00C7\u00C9"
                    + "\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8\u00EA\u00EB"
                    + "\u00ED\u00EC\u00EE\u00EF\u00F1\u00FA\u00F9\u00FB\u00FC]",
            "\u2248[\u00B0\u00A2]",
            "\u201A\u00C4[\u00EC\u00EE\u00EF\u00F2\u00F4\u00FA\u00F9\u00FB\u2020\u00B0\u00A2\u03C0]",
            "\u201A[\u00E2\u00F3][\u00E0\u00E4\u00B0\u00EA]",
            // Windows-1251: the U+2000 block, and Latin-1 or Cyrillic, seen as three characters to be sure.
            "\u0432\u0402",
            "[\u0412\u0413\u0420\u0421]" + cls(C1 + BAD + START + END + CURRENCY + "\u00B0\u00B5")
                    + "[\u0412\u0413\u0420\u0421]",
            "\u0413\u045E\u0412\u0402\u0412.[A-Za-z ]",
            // Windows-1251 over Windows-1252 mojibake: "Гѓ" and "Г‚" are the two readings of "Ã" and "Â".
            "\u0413[\u0453\u201A]\u0412",
            // Windows-1251 read of Latin-1 letters inside a Latin word ("cafГ©", "crГЁme").
            "[a-zA-Z][\u0413\u0412\u0420\u0421]" + cls("\u201A\u201E\u2026\u2020\u2021\u20AC\u2030\u2039"
                    + "\u203A\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u2122\u00A4\u00A6\u00A7\u00A9"
                    + "\u00AB\u00AC\u00AD\u00AE\u00B0\u00B1\u00B5\u00B6\u00B7\u2116\u00BB\u0401\u0451"
                    + "\u040E\u045E\u0406\u0456"),
            // "Ã¥" (å) opening a word; inside one ("DrÃ¥ber") it may be a name written that way on purpose.
            "(?<!\\p{L})\u00C3\u00A5\\p{Ll}",
            // Windows-1252 "à", "á" and 0xA0 itself.
            "\u00C3[\u00A0\u00A1]",
            "[a-z]\\s?[\u00C3\u00C2] ",
            "^[\u00C3\u00C2] ",
            "[a-z.,?!" + END + "]\u00C2[ " + START + END + "]",
            // Windows-1253: the U+2000 block, and Latin-1 or Greek.
            "\u03B2\u20AC[\u2122\u00A0\u0386\u00AD\u00AE\u00B0]",
            "[\u0392\u0393\u039E\u039F]" + cls(C1 + BAD + START + END + CURRENCY + "\u00B0") + "[\u0392\u0393\u039E\u039F]",
            // Windows-874: a Thai character then Windows-1252 punctuation, and Thai fongman before a letter.
            "[\u0E01-\u0E5B]" + cls(THAI_ODD_FOLLOWER),
            "\u0E4F[\u0E01-\u0E3A]");
    private static final Pattern BAD_PATTERN = Pattern.compile(String.join("|", RULES), Pattern.MULTILINE);
    /** The characters some rule can start with: the pattern is tried only where one stands. */
    private static final BitSet FIRST = firstCharacters(RULES);
    /** What follows the rules that start with an ASCII character, within two places. */
    private static final BitSet AFTER_ASCII = members(LOWER_COMMON + UPPER_COMMON + UPPER_ACCENTED
            + "\u00C2\u00C3\u0412\u0413\u0420\u0421\u221A");

    private Badness() {
    }

    /** True when the text holds at least one sequence that mojibake makes and writing does not. */
    public static boolean isBad(CharSequence text) {
        return count(text, true) > 0;
    }

    /** How many such sequences the text holds: lower is better when two readings of the same text compete. */
    public static int count(CharSequence text) {
        return count(text, false);
    }

    private static int count(CharSequence text, boolean firstOnly) {
        Matcher m = BAD_PATTERN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!mayStartRule(text, i)) {
                i++;
                continue;
            }
            m.region(i, length);
            if (m.lookingAt()) {
                n++;
                if (firstOnly) {
                    return n;
                }
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return n;
    }

    /**
     * Whether a rule can match at i: the character starts some rule, and an ASCII one is followed within two
     * places by a character that the rules starting with ASCII look for. A plain {@code find} would test some
     * forty large character classes at every position of a long post, though most posts are nearly all ASCII
     * and their curly quotes and dashes start no rule.
     */
    private static boolean mayStartRule(CharSequence text, int i) {
        char c = text.charAt(i);
        if (!FIRST.get(c)) {
            return false;
        }
        if (c >= 0x80) {
            return true;
        }
        int end = Math.min(text.length(), i + 3);
        for (int k = i + 1; k < end; k++) {
            if (AFTER_ASCII.get(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The first characters of the rules, read from their own text: a class, {@code \\s}, or one character. */
    private static BitSet firstCharacters(List<String> rules) {
        BitSet first = new BitSet();
        for (String rule : rules) {
            String r = rule;
            if (r.startsWith("(?<!")) {
                r = r.substring(r.indexOf(')') + 1);
            }
            if (r.startsWith("^")) {
                r = r.substring(1);
            }
            if (r.startsWith("\\s")) {
                first.or(members(" \t\n\013\f\r"));
            } else if (r.startsWith("[")) {
                first.or(members(r.substring(1, classEnd(r))));
            } else {
                first.set(r.charAt(0));
            }
        }
        return first;
    }

    private static int classEnd(String rule) {
        for (int i = 1; i < rule.length(); i++) {
            if (rule.charAt(i) == '\\') {
                i++;
            } else if (rule.charAt(i) == ']') {
                return i;
            }
        }
        throw new IllegalStateException("unclosed class in " + rule);
    }

    /** The characters of a class body as written here: single characters, ranges "a-b" and escaped ones. */
    private static BitSet members(String body) {
        BitSet set = new BitSet();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
            }
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                char to = body.charAt(i + 2);
                set.set(c, to + 1);
                i += 2;
            } else {
                set.set(c);
            }
        }
        return set;
    }

    /**
     * A cost to compare readings of the same text: its bad sequences, and lowercase letters run into accented
     * capitals ("cafÊ"), which one wrong code page gives where another gives "café".
     */
    static int cost(CharSequence text) {
        int jumps = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
                jumps++;
            }
        }
        return 2 * count(text) + jumps;
    }

    private static String cls(String members) {
        return "[" + members.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("^", "\\^")
                .replace("&", "\\&") + "]";
    }
}
