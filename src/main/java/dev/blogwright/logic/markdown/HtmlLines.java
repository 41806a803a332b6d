package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * HTML written straight into a {@link StringBuilder} with the line rules flexmark's {@code HtmlWriter} applies in
 * the configuration {@link MarkdownSyntax} uses (no indentation, leading white space of a line dropped, pre-formatted
 * text kept as it is). flexmark checks those rules one character at a time through several layers; here whole runs
 * are copied. Where flexmark would go on to rules this class does not reproduce (a blank line, which flexmark
 * collapses, or a line holding nothing but tabs) it gives up with {@link DirectHtmlRenderer.Unsupported}, and the
 * caller renders the document with flexmark instead.
 */
final class HtmlLines {
    private final StringBuilder out;
    /** Nesting of pre-formatted sections, where every character is kept as it comes. */
    private int pre;
    /** Characters kept on the current line; 0 at the start of a line. */
    private int lineLength;
    /** Whether the current line holds white space only (tabs: spaces at the start of a line are dropped). */
    private boolean blankSoFar = true;

    HtmlLines(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Ends the current line, unless nothing is on it yet. */
    HtmlLines line() {
        if (pre > 0 || lineLength != 0) {
            endLine();
        }
        return this;
    }

    HtmlLines openPre() {
        pre++;
        return this;
    }

    HtmlLines closePre() {
        pre--;
        return this;
    }

    /** Markup, appended under the line rules. */
    HtmlLines raw(String s) {
        append(s, 0, s.length());
        return this;
    }

    /** Text, HTML-escaped exactly as flexmark's {@code Escaping.escapeHtml(s, false)} does. */
    HtmlLines text(String s) {
        if (pre == 0 && !blankSoFar && s.indexOf('\n') < 0) {
            // The common case, inside a line: escape straight into the output.
            int before = out.length();
            if (!escapeInto(s)) {
                out.setLength(before);
                out.append(Escaping.escapeHtml(s, false));
            }
            lineLength += out.length() - before;
            return this;
        }
        return raw(escape(s));
    }

    /**
     * Text read straight from {@code text[from, to)}, escaped, when it needs nothing but escaping; false, with
     * nothing written, for text holding what flexmark would unescape or normalize first ({@code \\}, {@code &},
     * a carriage return, a NUL) or a line break, for text that opens a line with white space, and inside
     * pre-formatted text. The caller then goes the general way.
     */
    boolean plainText(char[] text, int from, int to) {
        if (pre > 0 || from >= to || blankSoFar && (text[from] == ' ' || text[from] == '\t')) {
            return false;
        }
        int before = out.length();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c > '>' && c != '\\') {
                continue;
            }
            String entity;
            if (c == '<') {
                entity = "&lt;";
            } else if (c == '>') {
                entity = "&gt;";
            } else if (c == '"') {
                entity = "&quot;";
            } else if (c == '&' || c == '\\' || c == '\n' || c == '\r' || c == '\0') {
                out.setLength(before);
                return false;
            } else {
                continue;
            }
            out.append(text, start, i - start).append(entity);
            start = i + 1;
        }
        out.append(text, start, to - start);
        lineLength += out.length() - before;
        blankSoFar = false;
        return true;
    }

    /** An attribute, {@code name="value"} with the value escaped as flexmark escapes attribute values. */
    HtmlLines attr(String name, String value) {
        String escaped = needsEscaping(value) ? Escaping.escapeHtml(value, true) : value;
        if (pre == 0 && !blankSoFar && escaped.indexOf('\n') < 0) {
            int before = out.length();
            out.append(' ').append(name).append("=\"").append(escaped).append('"');
            lineLength += out.length() - before;
            return this;
        }
        return raw(" ").raw(name).raw("=\"").raw(escaped).raw("\"");
    }

    /** Whether flexmark's {@code escapeHtml} would change {@code value}: only these four characters it escapes. */
    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** The HTML, ending the last line as flexmark does. */
    String finish() {
        line();
        return out.toString();
    }

    private static String escape(String s) {
        HtmlLines scratch = new HtmlLines(s.length() + 16);
        return scratch.escapeInto(s) ? scratch.out.toString() : Escaping.escapeHtml(s, false);
    }

    /** Appends {@code s} escaped; false (with part of it written) for a character this fast path leaves to flexmark. */
    private boolean escapeInto(String s) {
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > '>') {
                continue;
            }
            String entity;
            if (c == '&') {
                entity = "&amp;";
            } else if (c == '<') {
                entity = "&lt;";
            } else if (c == '>') {
                entity = "&gt;";
            } else if (c == '"') {
                entity = "&quot;";
            } else if (c == '\0' || c == '\r') {
                return false;
            } else {
                continue;
            }
            out.append(s, start, i).append(entity);
            start = i + 1;
        }
        out.append(s, start, n);
        return true;
    }

    private void append(String s, int from, int to) {
        if (pre > 0) {
            out.append(s, from, to);
            int newline = s.lastIndexOf('\n', to - 1);
            if (newline >= from) {
                lineLength = 0;
                blankSoFar = true;
                from = newline + 1;
            }
            lineLength += to - from;
            for (int i = from; i < to && blankSoFar; i++) {
                char c = s.charAt(i);
                blankSoFar = c == ' ' || c == '\t';
            }
            return;
        }
        int i = from;
        while (i < to) {
            if (blankSoFar) {
                char c = s.charAt(i);
                if (c == ' ') {
                    // flexmark drops spaces at the start of a line (and after tabs that start it).
                    i++;
                    continue;
                }
                if (c == '\t') {
                    out.append(c);
                    lineLength++;
                    i++;
                    continue;
                }
                if (c == '\n') {
                    endLine();
                    i++;
                    continue;
                }
                blankSoFar = false;
            }
            int newline = s.indexOf('\n', i);
            int end = newline < 0 || newline >= to ? to : newline;
            out.append(s, i, end);
            lineLength += end - i;
            if (end == to) {
                return;
            }
            endLine();
            i = end + 1;
        }
    }

    private void endLine() {
        if (pre == 0 && blankSoFar) {
            // A blank or tabs-only line: flexmark collapses or keeps those by rules not reproduced here.
            throw DirectHtmlRenderer.Unsupported.INSTANCE;
        }
        out.append('\n');
        lineLength = 0;
        blankSoFar = true;
    }
}
