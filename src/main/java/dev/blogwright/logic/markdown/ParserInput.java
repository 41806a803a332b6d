package dev.blogwright.logic.markdown;

/**
 * Prepares a post's source for the parser: drops a byte order mark (some editors write one, and it would hide
 * the front matter from the parser) and removes a leading TOML front matter block ({@code +++} fences, as Hugo
 * writes them). YAML front matter is left to flexmark's YAML extension; TOML has none, so it is cut here.
 */
final class ParserInput {
    private static final String TOML_FENCE = "+++";

    private ParserInput() {
    }

    /**
     * {@code source} without a leading byte order mark and, when it opens with a {@code +++} line, without
     * everything up to and including the closing {@code +++} line; an unclosed fence is left as text.
     */
    static String prepare(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals(TOML_FENCE)) {
            return text;
        }
        int lineStart = nextLineStart(text, firstEnd);
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            if (text.substring(lineStart, end).strip().equals(TOML_FENCE)) {
                return text.substring(nextLineStart(text, end));
            }
            lineStart = nextLineStart(text, end);
        }
        return text;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLineStart(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
            lineEnd++;
        }
        return lineEnd;
    }
}
