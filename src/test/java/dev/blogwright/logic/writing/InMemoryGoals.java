package dev.blogwright.logic.writing;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/** Word goals held in a map: what the store keeps, without a database (for logic and view-model tests). */
public final class InMemoryGoals implements GoalRepository {
    private final Map<Long, Integer> goals = new HashMap<>();

    @Override
    public OptionalInt goal(long postId) {
        Integer g = goals.get(postId);
        return g == null ? OptionalInt.empty() : OptionalInt.of(g);
    }

    @Override
    public Map<Long, Integer> all() {
        return new TreeMap<>(goals);
    }

    @Override
    public void setGoal(long postId, OptionalInt words) {
        if (words.isPresent()) {
            goals.put(postId, words.getAsInt());
        } else {
            goals.remove(postId);
        }
    }
}
