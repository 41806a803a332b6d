package dev.blogwright.logic.writing;

/** How far a post is toward its word goal: the share done (0 to 1) and a short text for the status bar. */
public record GoalProgress(int words, int goal) {
    public GoalProgress {
        if (goal < 1 || words < 0) {
            throw new IllegalArgumentException("goal " + goal + ", words " + words);
        }
    }

    public double fraction() {
        return Math.min(1.0, (double) words / goal);
    }

    public boolean reached() {
        return words >= goal;
    }

    public String text() {
        return String.format("%,d of %,d words (%d%%)", words, goal, Math.round(fraction() * 100));
    }
}
