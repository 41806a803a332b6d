package dev.blogwright.logic.check;

import dev.blogwright.logic.markdown.MarkdownTree;
import dev.blogwright.model.Post;
import java.util.Arrays;

/** A post being checked, parsed once for every checker, with the line starts of its Markdown. */
final class CheckedPost {
    private final Post post;
    private final MarkdownTree tree;
    private int[] lineStarts;

    CheckedPost(Post post) {
        this.post = post;
        this.tree = MarkdownTree.parseOrNull(post.body());
    }

    Post post() {
        return post;
    }

    /** The syntax tree, or null when the post is nested too deeply to parse (its structure is then not checked). */
    MarkdownTree tree() {
        return tree;
    }

    /** 1-based line and column of a source offset. */
    int[] lineAndColumn(int offset) {
        if (lineStarts == null) {
            lineStarts = lineStarts(post.body());
        }
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }
}
