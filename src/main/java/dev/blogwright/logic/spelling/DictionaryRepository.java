package dev.blogwright.logic.spelling;

import java.util.Map;
import java.util.Set;

/** Where the library keeps the writer's own words: per language, and ignored per post. */
public interface DictionaryRepository {
    Set<String> words(String language);

    /** The whole personal dictionary: words by language. */
    Map<String, Set<String>> all();

    void add(String language, String word);

    void remove(String language, String word);

    Set<String> ignoredIn(long postId);

    void ignore(long postId, String word);
}
