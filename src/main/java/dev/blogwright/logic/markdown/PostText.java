package dev.blogwright.logic.markdown;

/** Values derived from a post's text: word count and reading time as the index cards show them. */
public final class PostText {
    /** Words a reader gets through in a minute; 200 is the usual figure for technical prose. */
    public static final int WORDS_PER_MINUTE = 200;

    private PostText() {
    }

    public static int wordCount(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < markdown.length(); ) {
            int cp = markdown.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else if (cp != '\'' && cp != '\u2019' && cp != '-') {
                inWord = false;
            }
        }
        return count;
    }

    /** Minutes as the seed page shows them ("2 min read"): rounded up, never less than one. */
    public static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
