package dev.blogwright.gui.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff for the history window, read top to bottom as {@code diff -u} shows it: unchanged lines, then for
 * each change the revision's lines (removed) followed by the current ones (added). The diff itself is
 * java-diff-utils' Myers algorithm, which needs memory in proportion to the text, not to its square.
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
        List<Line> out = new ArrayList<>(Math.max(a.size(), b.size()));
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
        return out;
    }
}
