package dev.blogwright.logic.spelling;

/** A word of prose and where it stands in the post's Markdown source ({@code start} inclusive, {@code end} not). */
public record Word(String text, int start, int end) {
}
