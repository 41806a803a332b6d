package dev.blogwright.gui.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * A line diff for the history window, read top to bottom as {@code diff -u} shows it: unchanged lines, then for
 * each change the revision's lines (removed) followed by the current ones (added). The diff itself is
 * java-diff-utils' Myers algorithm, whose memory grows with the text, not with its square. Its time grows with
 * the text times the number of changed lines, so the common head and tail are cut first, and a middle that has
 * no line in common (a rewrite) is exactly "all removed, all added" without running it.
 */
public final class LineDiff {
    public enum Kind { SAME, REMOVED, ADDED }

    public record Line(Kind kind, String text) {
    }

    private LineDiff() {
    }

    /** The lines that turn {@code before} into {@code after}. */
    public static List<Line> diff(String before, String after) {
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Line> out = new ArrayList<>(Math.max(a.size(), b.size()));
        a.subList(0, head).forEach(l -> out.add(new Line(Kind.SAME, l)));
        middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), out);
        a.subList(a.size() - tail, a.size()).forEach(l -> out.add(new Line(Kind.SAME, l)));
        return out;
    }

    private static void middle(List<String> a, List<String> b, List<Line> out) {
        if (Collections.disjoint(new HashSet<>(a), b)) {
            a.forEach(l -> out.add(new Line(Kind.REMOVED, l)));
            b.forEach(l -> out.add(new Line(Kind.ADDED, l)));
            return;
        }
        int next = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int at = delta.getSource().getPosition();
            while (next < at) {
                out.add(new Line(Kind.SAME, a.get(next++)));
            }
            delta.getSource().getLines().forEach(l -> out.add(new Line(Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> out.add(new Line(Kind.ADDED, l)));
            next = at + delta.getSource().size();
        }
        while (next < a.size()) {
            out.add(new Line(Kind.SAME, a.get(next++)));
        }
    }
}
