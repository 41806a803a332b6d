package dev.blogwright.logic.check;

import dev.blogwright.model.Post;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every checker over the given posts and returns what they found, grouped by post in the order given and
 * in the order of the Markdown within a post (problems of the post as a whole first).
 */
public final class BlogCheck {
    private BlogCheck() {
    }

    public static List<Finding> run(List<Post> posts, CheckContext context) {
        List<Checker> checkers = List.of(new LinkChecker(new SiteTargets(context)), new ImageAltChecker(),
                new HeadingChecker(), new SearchLengthChecker(), new CategoryChecker(), new ExcerptChecker(),
                new DuplicateTitleChecker(context), new ScheduleChecker(), new SpellingChecker());
        List<Finding> all = new ArrayList<>();
        for (Post post : posts) {
            CheckedPost checked = new CheckedPost(post);
            List<Finding> found = new ArrayList<>();
            for (Checker checker : checkers) {
                checker.check(checked, context, found);
            }
            found.sort(Comparator.comparingInt(Finding::offset));
            all.addAll(found);
        }
        return all;
    }
}
