package dev.blogwright.logic.writing;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Word-count goals per post: reads them, and turns what the writer typed into a goal or a reason it is not one. */
public final class WordGoals {
    /** A goal above this is a typing slip (a novel is about 100,000 words), not a blog post's target. */
    public static final int MOST = 1_000_000;
    private final GoalRepository repository;

    public WordGoals(GoalRepository repository) {
        this.repository = repository;
    }

    public OptionalInt goal(long postId) {
        return repository.goal(postId);
    }

    /** Every post's goal by post id. */
    public Map<Long, Integer> all() {
        return repository.all();
    }

    /** Sets a goal read from a file (an import, a sync): one outside 1..{@link #MOST} is dropped, not stored. */
    public void restore(long postId, OptionalInt words) {
        boolean valid = words.isPresent() && words.getAsInt() >= 1 && words.getAsInt() <= MOST;
        if (valid ? !words.equals(goal(postId)) : goal(postId).isPresent()) {
            repository.setGoal(postId, valid ? words : OptionalInt.empty());
        }
    }

    public void clear(long postId) {
        repository.setGoal(postId, OptionalInt.empty());
    }

    /**
     * Sets the goal from the writer's entry ("1500", "1,500", blank to remove it).
     *
     * @return empty when stored, else the one-line reason it was refused
     */
    public Optional<String> set(long postId, String entry) {
        String digits = entry == null ? "" : entry.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (digits.isEmpty()) {
            clear(postId);
            return Optional.empty();
        }
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 7) {
            return Optional.of("A goal is a number of words, such as 1500.");
        }
        int words = Integer.parseInt(digits);
        if (words < 1 || words > MOST) {
            return Optional.of("A goal is between 1 and " + String.format("%,d", MOST) + " words.");
        }
        repository.setGoal(postId, OptionalInt.of(words));
        return Optional.empty();
    }
}
