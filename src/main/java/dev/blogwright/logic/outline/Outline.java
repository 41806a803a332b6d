package dev.blogwright.logic.outline;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import dev.blogwright.logic.markdown.MarkdownTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headings of a post in document order, read from the renderer's own parse so a {@code #} inside a code block
 * or a quote is never taken for one. Only headings at the top of the document count: a heading inside a list item
 * or a quote does not open a section one could move.
 */
public record Outline(List<OutlineHeading> headings, int textLength) {
    public Outline {
        headings = List.copyOf(headings);
    }

    public static Outline of(String source) {
        String text = source == null ? "" : source;
        MarkdownTree tree = MarkdownTree.parseOrNull(text);
        if (tree == null) {
            return new Outline(List.of(), text.length());
        }
        List<int[]> found = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Node node = tree.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                int offset = Math.min(text.length(), node.getStartOffset() + tree.shift());
                found.add(new int[] {heading.getLevel(), lineStart(text, offset)});
                titles.add(heading.getText().toString().strip());
            }
        }
        List<OutlineHeading> headings = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            int level = found.get(i)[0];
            int end = text.length();
            for (int j = i + 1; j < found.size(); j++) {
                if (found.get(j)[0] <= level) {
                    end = found.get(j)[1];
                    break;
                }
            }
            headings.add(new OutlineHeading(level, titles.get(i), found.get(i)[1], end));
        }
        return new Outline(headings, text.length());
    }

    private static int lineStart(String text, int offset) {
        return offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The index of the last heading at or before {@code caret}: the one the writer is under; empty before the first. */
    public Optional<Integer> indexAt(int caret) {
        int found = -1;
        for (int i = 0; i < headings.size() && headings.get(i).start() <= caret; i++) {
            found = i;
        }
        return found < 0 ? Optional.empty() : Optional.of(found);
    }

    /**
     * The edit that moves heading {@code from}'s whole section (subsections included) to just before heading
     * {@code before} ({@code headings().size()} for the end of the text). Empty when the move would change nothing
     * or would put the section inside itself. The edit replaces one range, so an editor undoes it in one step.
     */
    public Optional<SectionMove> move(String text, int from, int before) {
        if (text.length() != textLength || from < 0 || from >= headings.size() || before < 0
                || before > headings.size()) {
            return Optional.empty();
        }
        OutlineHeading moved = headings.get(from);
        int target = before == headings.size() ? text.length() : headings.get(before).start();
        if (target >= moved.start() && target <= moved.sectionEnd()) {
            return Optional.empty();
        }
        String section = text.substring(moved.start(), moved.sectionEnd());
        if (!section.endsWith("\n")) {
            section += "\n";
        }
        if (target < moved.start()) {
            String between = text.substring(target, moved.start());
            return Optional.of(new SectionMove(target, moved.sectionEnd(), section + trimLastBreak(between,
                    moved.sectionEnd() == text.length() && !text.endsWith("\n")), target));
        }
        String between = text.substring(moved.sectionEnd(), target);
        String head = between.endsWith("\n") || between.isEmpty() ? between : between + "\n";
        String tail = target == text.length() && !text.endsWith("\n") ? trimLastBreak(section, true) : section;
        return Optional.of(new SectionMove(moved.start(), target, head + tail, moved.start() + head.length()));
    }

    /** The text without its last line break, when the section it leaves behind ended the file without one. */
    private static String trimLastBreak(String s, boolean trim) {
        return trim && s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
