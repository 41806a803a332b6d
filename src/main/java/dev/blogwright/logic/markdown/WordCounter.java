package dev.blogwright.logic.markdown;

/** Counts words in plain text the way readers perceive them, across scripts. */
final class WordCounter {
    private WordCounter() {
    }

    /**
     * Runs of letters, digits and combining marks are words; an apostrophe or hyphen inside a run ("don't",
     * "well-known") and a point or comma between digits ("3.14") do not split it. Han, kana and Hangul characters
     * count one each, since those scripts do not mark word boundaries with spaces.
     */
    static int count(String text) {
        int count = 0;
        boolean inWord = false;
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || (inWord && isMark(cp))) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else if (!(inWord && joinsWord(previous, cp, i < text.length() ? text.codePointAt(i) : 0))) {
                inWord = false;
            }
            previous = cp;
        }
        return count;
    }

    private static boolean joinsWord(int before, int cp, int after) {
        if (cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010') {
            return Character.isLetterOrDigit(after);
        }
        return (cp == '.' || cp == ',') && Character.isDigit(before) && Character.isDigit(after);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            // Below the first Hangul Jamo nothing is CJK; skips the script table's binary search for most text.
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
