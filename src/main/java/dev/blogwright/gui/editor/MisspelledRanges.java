package dev.blogwright.gui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The misspelled words' ranges as the text area keeps them: moved along by every edit (a word the edit touches
 * loses its mark until the next check), and laid over the Markdown styles as {@link #STYLE}. Ranges are sorted
 * and do not overlap, as the checker reports them.
 */
final class MisspelledRanges {
    /** The style class of a misspelled word (a wavy underline in editor.css). */
    static final String STYLE = "misspelled";

    private MisspelledRanges() {
    }

    /** The ranges after {@code removed} characters at {@code at} were replaced by {@code inserted} ones. */
    static Shifted shift(List<FindReplace.Match> ranges, int at, int removed, int inserted) {
        if (ranges.isEmpty()) {
            return new Shifted(ranges, -1, -1);
        }
        List<FindReplace.Match> kept = new ArrayList<>(ranges.size());
        int delta = inserted - removed;
        int droppedFrom = -1;
        int droppedTo = -1;
        for (FindReplace.Match r : ranges) {
            if (r.end() < at) {
                kept.add(r);
            } else if (r.start() > at + removed) {
                kept.add(new FindReplace.Match(r.start() + delta, r.end() + delta));
            } else {
                // Touched (typed into, or right against it): where its characters stand now, to restyle them.
                int from = Math.min(r.start(), at);
                int to = r.end() <= at + removed ? at + inserted : r.end() + delta;
                droppedFrom = droppedFrom < 0 ? from : Math.min(droppedFrom, from);
                droppedTo = Math.max(droppedTo, to);
            }
        }
        return new Shifted(kept.size() == ranges.size() ? ranges : List.copyOf(kept), droppedFrom, droppedTo);
    }

    /** Ranges after an edit; {@code [droppedFrom, droppedTo)} covers the marks it removed (-1 when none). */
    record Shifted(List<FindReplace.Match> ranges, int droppedFrom, int droppedTo) {
    }

    /** The smallest span {@code [from, to)} outside which {@code a} and {@code b} mark the same, or null if equal. */
    static int[] difference(List<FindReplace.Match> a, List<FindReplace.Match> b) {
        int first = 0;
        while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) {
            first++;
        }
        if (first == a.size() && first == b.size()) {
            return null;
        }
        int lastA = a.size() - 1;
        int lastB = b.size() - 1;
        while (lastA >= first && lastB >= first && a.get(lastA).equals(b.get(lastB))) {
            lastA--;
            lastB--;
        }
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (List<FindReplace.Match> list : List.of(a.subList(first, lastA + 1), b.subList(first, lastB + 1))) {
            if (!list.isEmpty()) {
                from = Math.min(from, list.get(0).start());
                to = Math.max(to, list.get(list.size() - 1).end());
            }
        }
        return new int[] {from, to};
    }

    /** {@code base} (the spans of {@code [from, to)}) with {@link #STYLE} added where a range covers the text. */
    static StyleSpans<Collection<String>> overlay(StyleSpans<Collection<String>> base, List<FindReplace.Match> ranges,
                                                  int from, int to) {
        int i = firstEndingAfter(ranges, from);
        if (i >= ranges.size() || ranges.get(i).start() >= to || to <= from) {
            return base;
        }
        List<String> marked = List.of(STYLE);
        StyleSpansBuilder<Collection<String>> mask = new StyleSpansBuilder<>();
        int pos = from;
        for (; i < ranges.size() && ranges.get(i).start() < to; i++) {
            int start = Math.max(from, ranges.get(i).start());
            int end = Math.min(to, ranges.get(i).end());
            if (start > pos) {
                mask.add(List.of(), start - pos);
            }
            mask.add(marked, end - start);
            pos = end;
        }
        if (pos < to) {
            mask.add(List.of(), to - pos);
        }
        return base.overlay(mask.create(), (css, mark) -> {
            if (mark.isEmpty()) {
                return css;
            }
            List<String> both = new ArrayList<>(css);
            both.add(STYLE);
            return both;
        });
    }

    /** The index of the first range ending after {@code position} (binary search: a long post has many). */
    static int firstEndingAfter(List<FindReplace.Match> ranges, int position) {
        int lo = 0;
        int hi = ranges.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid).end() <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
