package dev.blogwright.logic.spelling;

import java.util.Set;

/** Where the library keeps the writer's own words: per language, and ignored per post. */
public interface DictionaryRepository {
    Set<String> words(String language);

    void add(String language, String word);

    void remove(String language, String word);

    Set<String> ignoredIn(long postId);

    void ignore(long postId, String word);
}
