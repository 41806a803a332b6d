package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Places a post's headings under the page's title: its highest heading becomes {@code top} (h2 under a post page's
 * h1), and a heading never lands more than one level below the heading before it, because the page's outline (and
 * the Nu HTML checker, which reports "the heading h4 follows the heading h2, skipping 1 heading level" as an error)
 * wants no gaps. Each heading keeps its place in the author's outline: it goes one level under the nearest heading
 * before it that the author wrote at a higher level, or beside it if there is none. So {@code # A, ### B, ## C}
 * gives h2, h3, h3 and {@code ### A, ## B} gives h2, h2. Only the parsed tree changes; the Markdown and the heading
 * ids (made from the text) stay as they are.
 */
final class HeadingLevels {
    /** Headings as the author wrote them (for fragments that stand alone, such as the spec examples). */
    static final int AS_WRITTEN = 0;
    private static final int DEEPEST = 6;

    private HeadingLevels() {
    }

    static void place(Node document, int top) {
        if (top == AS_WRITTEN) {
            return;
        }
        // Per open outline level: {level written, level given}.
        place(document, top, new ArrayDeque<>());
    }

    private static void place(Node parent, int top, Deque<int[]> open) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                int written = heading.getLevel();
                while (!open.isEmpty() && open.peek()[0] >= written) {
                    open.pop();
                }
                int given = open.isEmpty() ? top : Math.min(DEEPEST, open.peek()[1] + 1);
                open.push(new int[] {written, given});
                heading.setLevel(given);
            } else if (node instanceof Block && !(node instanceof Paragraph) && node.hasChildren()) {
                // Headings inside quotes, list items and footnotes count in document order too.
                place(node, top, open);
            }
        }
    }
}
