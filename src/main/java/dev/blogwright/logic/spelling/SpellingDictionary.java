package dev.blogwright.logic.spelling;

/** One language's dictionary, read once and shared by every check; each check asks it for a speller of its own. */
public interface SpellingDictionary {
    /** Where it comes from, for the writer: "built in" or the {@code .dic} file it was read from. */
    String source();

    WordSpeller newSpeller();
}
