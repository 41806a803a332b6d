package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WordCounter}, with its ASCII fast path and its text taken in pieces, counts what the rules applied one code
 * point at a time to the whole text count.
 */
class WordCounterFastPathTest {
    private static final String ALPHABET = "ab Z09 '-.,;:!?\t\n\u2019\u2010\u00e9\u0301\u20dd\u00a0\u2003日本語ひカ한"
            + "\ud835\udc00\ud83d\ude00\\&_*#";

    @Test
    void randomTextCountsAsTheCodePointRulesDo() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(ALPHABET.length());
                char c = ALPHABET.charAt(at);
                text.append(c);
                if (Character.isHighSurrogate(c) && at + 1 < ALPHABET.length()) {
                    text.append(ALPHABET.charAt(at + 1));
                }
            }
            String s = text.toString();
            assertThat(WordCounter.count(s)).as(s).isEqualTo(reference(s));
            assertThat(inPieces(s, random)).as("in pieces: " + s).isEqualTo(reference(s));
        }
    }

    /** Counts {@code s} handed over in pieces cut at random (never inside a surrogate pair), as a walk does. */
    private static int inPieces(String s, Random random) {
        WordCounter counter = new WordCounter();
        int from = 0;
        while (from < s.length()) {
            int to = Math.min(s.length(), from + random.nextInt(4));
            if (to < s.length() && Character.isLowSurrogate(s.charAt(to))) {
                to++;
            }
            counter.add(s.toCharArray(), from, to);
            from = to;
        }
        return counter.total();
    }

    /** The counting rules as they were written before the fast path, one code point at a time. */
    private static int reference(String text) {
        int count = 0;
        boolean inWord = false;
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean cjk = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (cjk) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || (inWord && mark)) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else if (!(inWord && joins(previous, cp, i < text.length() ? text.codePointAt(i) : 0))) {
                inWord = false;
            }
            previous = cp;
        }
        return count;
    }

    private static boolean joins(int before, int cp, int after) {
        if (cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010') {
            return Character.isLetterOrDigit(after);
        }
        return (cp == '.' || cp == ',') && Character.isDigit(before) && Character.isDigit(after);
    }
}
