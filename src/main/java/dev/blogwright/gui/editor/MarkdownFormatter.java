package dev.blogwright.gui.editor;

/**
 * The edits of the formatting toolbar as pure functions over (text, selection): wrapping a selection in
 * markers, prefixing the selected lines, inserting a snippet. The view applies the returned edit to the CodeArea.
 */
public final class MarkdownFormatter {
    /** Replace {@code [start, end)} with {@code text}, then select {@code [selStart, selEnd)}. */
    public record Edit(int start, int end, String text, int selStart, int selEnd) {
    }

    private MarkdownFormatter() {
    }

    /** Bold/italic/code: wraps the selection, or unwraps it when it is already wrapped. */
    public static Edit wrap(String text, int start, int end, String marker, String placeholder) {
        int m = marker.length();
        if (start >= m && end + m <= text.length() && text.startsWith(marker, start - m)
                && text.startsWith(marker, end)) {
            String inner = text.substring(start, end);
            return new Edit(start - m, end + m, inner, start - m, start - m + inner.length());
        }
        String inner = start == end ? placeholder : text.substring(start, end);
        return new Edit(start, end, marker + inner + marker, start + m, start + m + inner.length());
    }

    /** A link around the selection, with the URL part selected so it can be typed over. */
    public static Edit link(String text, int start, int end, String url) {
        String label = start == end ? "link text" : text.substring(start, end);
        String snippet = "[" + label + "](" + url + ")";
        int urlStart = start + label.length() + 3;
        return new Edit(start, end, snippet, urlStart, urlStart + url.length());
    }

    /** An image reference at the caret (or over the selection, which becomes the alt text). */
    public static Edit image(String text, int start, int end, String alt, String reference) {
        String label = start == end ? alt : text.substring(start, end);
        String snippet = "![" + label + "](" + reference + ")";
        return new Edit(start, end, snippet, start + snippet.length(), start + snippet.length());
    }

    /**
     * Headings, lists and quotes: puts {@code prefix} before each selected line, replacing an existing heading
     * or list marker; applying the same prefix again removes it. Numbered lists count up from 1.
     */
    public static Edit prefixLines(String text, int start, int end, String prefix) {
        int from = text.lastIndexOf('\n', start - 1) + 1;
        int to = text.indexOf('\n', Math.max(end, start));
        to = to < 0 ? text.length() : to;
        String[] lines = text.substring(from, to).split("\n", -1);
        boolean numbered = prefix.equals("1. ");
        boolean remove = true;
        for (int i = 0; i < lines.length; i++) {
            remove &= lines[i].startsWith(numbered ? (i + 1) + ". " : prefix);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String bare = lines[i].replaceFirst("^(#{1,6} |> |[-*+] (\\[[ xX]] )?|\\d{1,9}[.)] )", "");
            String marker = remove ? "" : numbered ? (i + 1) + ". " : prefix;
            out.append(i > 0 ? "\n" : "").append(marker).append(bare);
        }
        return new Edit(from, to, out.toString(), from, from + out.length());
    }

    /** A three-column table skeleton on its own lines. */
    public static Edit table(String text, int caret) {
        String lead = caret == 0 || text.charAt(caret - 1) == '\n' ? "" : "\n\n";
        String snippet = lead + "| Column | Column | Column |\n| --- | --- | --- |\n| Cell | Cell | Cell |\n";
        int cell = caret + lead.length() + 2;
        return new Edit(caret, caret, snippet, cell, cell + "Column".length());
    }
}
