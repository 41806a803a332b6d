package dev.blogwright.logic.check;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/**
 * Headings that skip a level ({@code ##} followed by {@code ####}): the outline a screen reader offers has a hole.
 * The first heading may be of any level, as the page places a post's highest heading under its title.
 */
final class HeadingChecker implements Checker {
    @Override
    public void check(CheckedPost post, CheckContext context, List<Finding> out) {
        if (post.tree() == null) {
            return;
        }
        int previous = 0;
        for (Node node : post.tree().document().getDescendants()) {
            if (node instanceof Heading heading) {
                int level = heading.getLevel();
                if (previous > 0 && level > previous + 1) {
                    out.add(Finding.at(post, node.getStartOffset() + post.tree().shift(),
                            FindingKind.HEADING_SKIPS_LEVEL, "'" + heading.getText().toString().strip() + "' (h"
                                    + level + ") follows an h" + previous + ", skipping a level"));
                }
                previous = level;
            }
        }
    }
}
