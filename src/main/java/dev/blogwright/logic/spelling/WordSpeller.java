package dev.blogwright.logic.spelling;

import java.util.List;

/**
 * One language's word list as a check sees it: whether a word is in it, and what may have been meant. An instance
 * keeps per-call buffers, so each check makes its own ({@link SpellingDictionary#newSpeller()}).
 */
public interface WordSpeller {
    /** Whether {@code word} is spelled right, exactly as written (case rules are the dictionary's). */
    boolean knows(String word);

    /** Replacements for {@code word}, best first; empty when the dictionary has none. */
    List<String> suggest(String word);
}
