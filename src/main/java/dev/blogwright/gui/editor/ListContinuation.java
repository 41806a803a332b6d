package dev.blogwright.gui.editor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Enter does at the end of a Markdown list item: continue the list with the next marker, or, on an item
 * that is still empty, end the list by turning its line blank and going to the next one: without the blank line
 * the next paragraph would run on inside the last item (Markdown's lazy continuation). Pure, so it is tested
 * without a window.
 */
public final class ListContinuation {
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:([-*+])|(\\d{1,9})([.)]))(\\s+)(\\[[ xX]]\\s+)?");
    private static final Pattern QUOTE = Pattern.compile("^(\\s*>\\s?)+");

    /** The edit Enter makes: replace {@code [start, end)} of the document with {@code text}. */
    public record Edit(int start, int end, String text) {
    }

    private ListContinuation() {
    }

    /**
     * The edit for Enter with the caret at {@code caret}, or empty when Enter should just insert a newline.
     * Only the line before the caret counts, so Enter in the middle of an item splits it into two items.
     */
    public static Optional<Edit> onEnter(String text, int caret) {
        int lineStart = text.lastIndexOf('\n', caret - 1) + 1;
        String before = text.substring(lineStart, caret);
        Matcher m = ITEM.matcher(before);
        if (m.find()) {
            if (before.substring(m.end()).isBlank()) {
                return Optional.of(new Edit(lineStart, caret, "\n"));
            }
            String marker = m.group(2) != null ? m.group(2)
                    : nextNumber(m.group(3)) + m.group(4);
            String task = m.group(6) == null ? "" : "[ ] ";
            return Optional.of(new Edit(caret, caret, "\n" + m.group(1) + marker + m.group(5) + task));
        }
        Matcher q = QUOTE.matcher(before);
        if (q.find()) {
            if (before.substring(q.end()).isBlank()) {
                return Optional.of(new Edit(lineStart, caret, "\n"));
            }
            return Optional.of(new Edit(caret, caret, "\n" + q.group()));
        }
        return Optional.empty();
    }

    private static String nextNumber(String digits) {
        return String.valueOf(Long.parseLong(digits) + 1);
    }
}
