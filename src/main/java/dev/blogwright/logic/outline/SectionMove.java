package dev.blogwright.logic.outline;

/**
 * Replace {@code [start, end)} of the Markdown with {@code text} to move a section; {@code caret} is where the moved
 * heading now starts.
 */
public record SectionMove(int start, int end, String text, int caret) {
}
