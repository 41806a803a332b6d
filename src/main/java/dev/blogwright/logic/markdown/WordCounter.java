package dev.blogwright.logic.markdown;

/**
 * Counts words in plain text the way readers perceive them, across scripts. The text may come in pieces
 * ({@link #add}), as a walk over a document finds it, with the count the whole text would give.
 */
final class WordCounter implements VisibleText.Sink {
    private int count;
    private boolean inWord;
    private int previous;
    /** A joiner ended the last piece inside a word; whether it joins depends on the next character. */
    private boolean pendingJoin;
    private int beforeJoin;

    /**
     * Runs of letters, digits and combining marks are words; an apostrophe or hyphen inside a run ("don't",
     * "well-known") and a point or comma between digits ("3.14") do not split it. Han, kana and Hangul characters
     * count one each, since those scripts do not mark word boundaries with spaces.
     */
    static int count(String text) {
        WordCounter counter = new WordCounter();
        counter.add(text.toCharArray(), 0, text.length());
        return counter.total();
    }

    /** The words of everything added so far. */
    int total() {
        pendingJoin = false;
        inWord = false;
        return count;
    }

    @Override
    public void add(char[] text, int from, int to) {
        for (int i = from; i < to; ) {
            char c = text[i];
            if (pendingJoin) {
                pendingJoin = false;
                inWord = joinsWord(beforeJoin, previous, Character.codePointAt(text, i));
            }
            if (c < 0x80) {
                // ASCII, most of any text: no marks, no CJK, letters and digits by range, not by Unicode tables.
                i++;
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                    if (!inWord) {
                        count++;
                    }
                    inWord = true;
                } else if (inWord && (c == '\'' || c == '-' || c == '.' || c == ',')) {
                    join(text, i, to, c);
                } else {
                    inWord = false;
                }
                previous = c;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || (inWord && isMark(cp))) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else if (inWord && (cp == '\u2019' || cp == '\u2010')) {
                join(text, i, to, cp);
            } else {
                inWord = false;
            }
            previous = cp;
        }
    }

    /** A possible joiner {@code cp} inside a word, the text going on at {@code next}. */
    private void join(char[] text, int next, int to, int cp) {
        if (next < to) {
            inWord = joinsWord(previous, cp, Character.codePointAt(text, next));
        } else {
            // The next piece decides; until then the word goes on, as it would if the joiner joins.
            pendingJoin = true;
            beforeJoin = previous;
        }
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
