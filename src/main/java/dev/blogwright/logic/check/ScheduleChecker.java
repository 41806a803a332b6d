package dev.blogwright.logic.check;

import dev.blogwright.model.PostStatus;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Scheduled posts whose date has passed (they went out late, or never will) or that have no date at all. */
final class ScheduleChecker implements Checker {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    @Override
    public void check(CheckedPost post, CheckContext context, List<Finding> out) {
        if (post.post().status() != PostStatus.SCHEDULED) {
            return;
        }
        if (post.post().publishedAt() == null) {
            out.add(Finding.ofPost(post, FindingKind.SCHEDULED_IN_PAST, "the post is scheduled but has no date"));
        } else if (post.post().publishedAt().isBefore(context.now())) {
            var offset = post.post().publishedOffset();
            var when = offset != null ? post.post().publishedAt().atOffset(offset)
                    : post.post().publishedAt().atZone(context.settings().zone()).toOffsetDateTime();
            out.add(Finding.ofPost(post, FindingKind.SCHEDULED_IN_PAST,
                    "scheduled for " + WHEN.format(when) + ", which has passed"));
        }
    }
}
