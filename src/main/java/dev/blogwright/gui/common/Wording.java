package dev.blogwright.gui.common;

import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.PostStatus;

/** The words the window shows for counts and statuses, so "1 post" and "Draft" read the same everywhere. */
public final class Wording {
    private Wording() {
    }

    /** "1 post", "2 posts", "0 posts". */
    public static String count(long n, String one, String many) {
        // Grouped as the statistics group them: "1,326 words" in the list too, not "1326 words".
        return String.format("%,d", n) + " " + (n == 1 ? one : many);
    }

    /** "Draft", "Scheduled", "Published": never the enum's name. */
    public static String status(PostStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
        };
    }

    /** "Manual order", "Newest first". */
    public static String indexOrder(IndexOrder order) {
        return switch (order) {
            case MANUAL -> "Manual order";
            case NEWEST_FIRST -> "Newest first";
        };
    }
}
