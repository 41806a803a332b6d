package dev.blogwright.logic.markdown;

/**
 * Removes a leading TOML front matter block ({@code +++} fences, as Hugo writes them). YAML front matter is
 * handled by flexmark's YAML extension; TOML has no flexmark extension, so it is cut before parsing.
 */
final class FrontMatter {
    private static final String TOML_FENCE = "+++";

    private FrontMatter() {
    }

    /** The text after a closing {@code +++} line when the text opens with a {@code +++} line; else the text. */
    static String stripToml(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int firstEnd = lineEnd(text, start);
        if (!text.substring(start, firstEnd).strip().equals(TOML_FENCE)) {
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
