package dev.blogwright.logic.spelling;

/** A word the dictionary does not know, where it stands in the Markdown source. */
public record Misspelling(String word, int start, int end) {
}
