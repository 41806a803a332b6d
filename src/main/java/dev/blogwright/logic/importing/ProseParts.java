package dev.blogwright.logic.importing;

import java.util.function.UnaryOperator;

/**
 * Applies a change to the prose of a Markdown text line by line, leaving code alone: fenced blocks (``` or ~~~)
 * and inline code spans. A post about encodings shows mojibake in its code on purpose ("prints tÃ©st"); only
 * when the whole file is garbled, which the caller decides first, does its code get repaired with the rest.
 */
final class ProseParts {
    private ProseParts() {
    }

    /** The text with {@code change} applied to each line's prose; code lines and code spans unchanged. */
    static String mapLines(String text, UnaryOperator<String> change) {
        StringBuilder out = new StringBuilder(text.length());
        String fence = null;
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            String line = text.substring(start, end);
            String opener = fenceOf(line);
            if (fence == null && opener != null) {
                fence = opener;
                out.append(line);
            } else if (fence != null) {
                if (opener != null && opener.charAt(0) == fence.charAt(0) && opener.length() >= fence.length()
                        && line.strip().length() == opener.length()) {
                    fence = null;
                }
                out.append(line);
            } else {
                out.append(outsideCodeSpans(line, change));
            }
            start = end;
        }
        return out.toString();
    }

    /** Whether the text holds Markdown code at all (a fence or a backtick). */
    static boolean hasCode(String text) {
        return text.indexOf('`') >= 0 || text.contains("~~~");
    }

    /** The fence a line opens or closes (three or more ` or ~ after up to three spaces), else null. */
    private static String fenceOf(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.length() || (line.charAt(i) != '`' && line.charAt(i) != '~')) {
            return null;
        }
        char c = line.charAt(i);
        int j = i;
        while (j < line.length() && line.charAt(j) == c) {
            j++;
        }
        return j - i >= 3 ? line.substring(i, j) : null;
    }

    /** A code span runs from a run of n backticks to the next run of exactly n; an unmatched run is text. */
    private static String outsideCodeSpans(String line, UnaryOperator<String> change) {
        if (line.indexOf('`') < 0) {
            return change.apply(line);
        }
        StringBuilder out = new StringBuilder(line.length());
        int prose = 0;
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = runLength(line, i);
            int close = closingRun(line, i + run, run);
            if (close < 0) {
                i += run;
                continue;
            }
            out.append(change.apply(line.substring(prose, i))).append(line, i, close + run);
            prose = close + run;
            i = prose;
        }
        return out.append(change.apply(line.substring(prose))).toString();
    }

    private static int closingRun(String line, int from, int length) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) == '`') {
                int run = runLength(line, i);
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int runLength(String line, int i) {
        int j = i;
        while (j < line.length() && line.charAt(j) == '`') {
            j++;
        }
        return j - i;
    }
}
