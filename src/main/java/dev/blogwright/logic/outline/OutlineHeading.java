package dev.blogwright.logic.outline;

/**
 * One heading of a post: its level as written (1 to 6), its text, and offsets into the Markdown as written —
 * {@code start} is the start of the heading's line, {@code sectionEnd} where the next heading of the same or a
 * higher level begins (or the end of the text), so {@code [start, sectionEnd)} is everything the heading heads.
 */
public record OutlineHeading(int level, String text, int start, int sectionEnd) {
    public OutlineHeading {
        if (level < 1 || level > 6 || start < 0 || sectionEnd < start) {
            throw new IllegalArgumentException("bad heading " + level + " [" + start + ", " + sectionEnd + ")");
        }
    }
}
