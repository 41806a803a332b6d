package dev.blogwright.gui.history;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence, enough to show what a revision changes. The common head and tail
 * are cut first; if the rest is still too big for the quadratic table, it is shown as removed-then-added.
 */
public final class LineDiff {
    static final long MAX_CELLS = 4_000_000;

    public enum Kind { SAME, REMOVED, ADDED }

    public record Line(Kind kind, String text) {
    }

    private LineDiff() {
    }

    /** The lines that turn {@code before} into {@code after}. */
    public static List<Line> diff(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            out.add(new Line(Kind.SAME, a[i]));
        }
        middle(a, head, a.length - tail, b, head, b.length - tail, out);
        for (int i = a.length - tail; i < a.length; i++) {
            out.add(new Line(Kind.SAME, a[i]));
        }
        return out;
    }

    private static void middle(String[] a, int a0, int a1, String[] b, int b0, int b1, List<Line> out) {
        int n = a1 - a0;
        int m = b1 - b0;
        if ((long) n * m > MAX_CELLS) {
            for (int i = a0; i < a1; i++) {
                out.add(new Line(Kind.REMOVED, a[i]));
            }
            for (int j = b0; j < b1; j++) {
                out.add(new Line(Kind.ADDED, b[j]));
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[a0 + i].equals(b[b0 + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[a0 + i].equals(b[b0 + j])) {
                out.add(new Line(Kind.SAME, a[a0 + i++]));
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add(new Line(Kind.ADDED, b[b0 + j++]));
            } else {
                out.add(new Line(Kind.REMOVED, a[a0 + i++]));
            }
        }
    }
}
