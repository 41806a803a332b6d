package dev.blogwright.logic.writing;

/**
 * The part of the text focus mode keeps in full colour around the caret: its paragraph (lines up to a blank line)
 * or its sentence (within that paragraph, up to a full stop, question or exclamation mark followed by a space).
 */
public record FocusRange(int start, int end) {
    public enum Unit { SENTENCE, PARAGRAPH }

    public static FocusRange around(String text, int caret, Unit unit) {
        int at = Math.max(0, Math.min(caret, text.length()));
        int start = paragraphStart(text, at);
        int end = paragraphEnd(text, at);
        if (unit == Unit.PARAGRAPH) {
            return new FocusRange(start, end);
        }
        int s = at;
        while (s > start && !endsSentence(text, s - 1)) {
            s--;
        }
        while (s < at && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = at;
        while (e < end && !endsSentence(text, e)) {
            e++;
        }
        return new FocusRange(s, e < end ? e + 1 : end);
    }

    /** Whether the character at {@code i} closes a sentence: a terminal mark and then whitespace or the end. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?')
                && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static int paragraphStart(String text, int at) {
        int line = at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
        while (line > 0) {
            int previous = text.lastIndexOf('\n', line - 2) + 1;
            if (text.substring(previous, line - 1).isBlank()) {
                break;
            }
            line = previous;
        }
        return line;
    }

    private static int paragraphEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        while (end >= 0) {
            int next = text.indexOf('\n', end + 1);
            String line = text.substring(end + 1, next < 0 ? text.length() : next);
            if (line.isBlank()) {
                return end;
            }
            end = next;
        }
        return text.length();
    }
}
