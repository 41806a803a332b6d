package dev.blogwright.logic.writing;

import java.util.OptionalInt;

/** Where the library keeps each post's word-count goal. */
public interface GoalRepository {
    OptionalInt goal(long postId);

    /** Sets the goal, or removes it when {@code words} is empty. */
    void setGoal(long postId, OptionalInt words);
}
