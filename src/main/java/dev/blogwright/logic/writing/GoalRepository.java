package dev.blogwright.logic.writing;

import java.util.Map;
import java.util.OptionalInt;

/** Where the library keeps each post's word-count goal. */
public interface GoalRepository {
    OptionalInt goal(long postId);

    /** Every post's goal by post id, in one read (the text export writes them all). */
    Map<Long, Integer> all();

    /** Sets the goal, or removes it when {@code words} is empty. */
    void setGoal(long postId, OptionalInt words);
}
