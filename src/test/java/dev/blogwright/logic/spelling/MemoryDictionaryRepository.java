package dev.blogwright.logic.spelling;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A personal dictionary held in memory, for tests of the logic without a library. */
public final class MemoryDictionaryRepository implements DictionaryRepository {
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<Long, Set<String>> ignored = new HashMap<>();

    @Override
    public Set<String> words(String language) {
        return Set.copyOf(words.getOrDefault(language, Set.of()));
    }

    @Override
    public Map<String, Set<String>> all() {
        Map<String, Set<String>> out = new TreeMap<>();
        words.forEach((language, set) -> {
            if (!set.isEmpty()) {
                out.put(language, new TreeSet<>(set));
            }
        });
        return out;
    }

    @Override
    public void add(String language, String word) {
        words.computeIfAbsent(language, k -> new TreeSet<>()).add(word);
    }

    @Override
    public void remove(String language, String word) {
        words.getOrDefault(language, new TreeSet<>()).remove(word);
    }

    @Override
    public Set<String> ignoredIn(long postId) {
        return Set.copyOf(ignored.getOrDefault(postId, Set.of()));
    }

    @Override
    public void ignore(long postId, String word) {
        ignored.computeIfAbsent(postId, k -> new TreeSet<>()).add(word);
    }
}
