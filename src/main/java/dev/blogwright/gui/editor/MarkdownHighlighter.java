package dev.blogwright.gui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Style spans for Markdown source: one pass over the lines with a small inline pattern, no full parse, so a 1 MB
 * post is highlighted in tens of milliseconds on a worker thread. One style per character keeps it simple;
 * the block style (heading, fence, quote) wins over inline ones.
 */
public final class MarkdownHighlighter {
    static final String[] STYLES = {null, "md-heading", "md-code", "md-quote", "md-list", "md-bold", "md-italic",
            "md-link", "md-fence"};
    private static final byte HEADING = 1, CODE = 2, QUOTE = 3, LIST = 4, BOLD = 5, ITALIC = 6, LINK = 7, FENCE = 8;
    private static final Pattern HEADING_LINE = Pattern.compile("^ {0,3}#{1,6}(\\s|$)");
    private static final Pattern FENCE_LINE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern QUOTE_LINE = Pattern.compile("^ {0,3}>");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])(?:\\s+\\[[ xX]])?(?=\\s)");
    private static final Pattern INLINE = Pattern.compile(
            "(?<code>`[^`\\n]+`)|(?<link>!?\\[[^\\]\\n]*]\\([^)\\n]*\\))|(?<bold>(?<bm>\\*\\*|__)(?=\\S)[^\\n]*?\\S\\k<bm>)"
                    + "|(?<italic>(?<![*\\w])(?<im>[*_])(?=[^\\s*_])[^*_\\n]*?[^\\s*_]?\\k<im>(?![*\\w]))");

    private MarkdownHighlighter() {
    }

    /** The style classes the highlighter puts on text (the theme's CSS colours each of them). */
    public static List<String> styleClasses() {
        return Arrays.stream(STYLES).filter(Objects::nonNull).toList();
    }

    public static StyleSpans<Collection<String>> highlight(String text) {
        return toSpans(styles(text), 0, text.length());
    }

    /** One style code per character (an index into {@link #STYLES}). */
    static byte[] styles(String text) {
        byte[] style = new byte[text.length()];
        String fence = null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            Matcher f = FENCE_LINE.matcher(line);
            if (fence != null) {
                fill(style, lineStart, lineEnd, FENCE);
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()) {
                    fence = null;
                }
            } else if (f.find()) {
                fence = f.group(1);
                fill(style, lineStart, lineEnd, FENCE);
            } else if (HEADING_LINE.matcher(line).find()) {
                fill(style, lineStart, lineEnd, HEADING);
            } else if (QUOTE_LINE.matcher(line).find()) {
                fill(style, lineStart, lineEnd, QUOTE);
            } else {
                inline(line, lineStart, style);
            }
            lineStart = lineEnd + 1;
        }
        return style;
    }

    private static void inline(String line, int offset, byte[] style) {
        Matcher list = LIST_MARKER.matcher(line);
        if (list.find()) {
            fill(style, offset, offset + list.end(), LIST);
        }
        Matcher m = INLINE.matcher(line);
        while (m.find()) {
            byte kind = m.group("code") != null ? CODE : m.group("link") != null ? LINK
                    : m.group("bold") != null ? BOLD : ITALIC;
            fill(style, offset + m.start(), offset + m.end(), kind);
        }
    }

    private static void fill(byte[] style, int from, int to, byte kind) {
        Arrays.fill(style, from, Math.min(to, style.length), kind);
    }

    /** The style class of the find bar's matches, laid over the Markdown styles. */
    static final String FIND_MATCH = "find-match";

    /**
     * The spans of {@code [from, to)} of the style codes, with {@link #FIND_MATCH} added where {@code marks}
     * (sorted, not overlapping) cover the text.
     */
    static StyleSpans<Collection<String>> toSpans(byte[] style, int from, int to, List<FindReplace.Match> marks) {
        if (marks.isEmpty() || to <= from) {
            return toSpans(style, from, to);
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int m = 0;
        while (m < marks.size() && marks.get(m).end() <= from) {
            m++;
        }
        int i = from;
        while (i < to) {
            boolean marked = m < marks.size() && marks.get(m).start() <= i;
            int limit = m >= marks.size() ? to : Math.min(to, marked ? marks.get(m).end() : marks.get(m).start());
            int j = i + 1;
            while (j < limit && style[j] == style[i]) {
                j++;
            }
            String css = STYLES[style[i]];
            spans.add(marked ? (css == null ? List.of(FIND_MATCH) : List.of(css, FIND_MATCH))
                    : (css == null ? List.of() : List.of(css)), j - i);
            i = j;
            if (marked && i >= marks.get(m).end()) {
                m++;
            }
        }
        return spans.create();
    }

    /** The spans of {@code [from, to)} of the style codes. */
    static StyleSpans<Collection<String>> toSpans(byte[] style, int from, int to) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        if (to <= from) {
            spans.add(List.of(), 0);
            return spans.create();
        }
        int runStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || style[i] != style[runStart]) {
                String css = STYLES[style[runStart]];
                spans.add(css == null ? List.of() : List.of(css), i - runStart);
                runStart = i;
            }
        }
        return spans.create();
    }

    /** The style class focus mode puts on the text outside the writer's sentence or paragraph. */
    static final String DIMMED = "md-dimmed";

    /**
     * {@code spans} (covering {@code [from, to)}) with {@link #DIMMED} added outside {@code [brightFrom, brightTo)}.
     */
    static StyleSpans<Collection<String>> dimOutside(StyleSpans<Collection<String>> spans, int from, int to,
                                                     int brightFrom, int brightTo) {
        StyleSpansBuilder<Collection<String>> dim = new StyleSpansBuilder<>();
        int a = Math.max(from, Math.min(brightFrom, to));
        int b = Math.max(a, Math.min(brightTo, to));
        dim.add(List.of(DIMMED), a - from);
        dim.add(List.of(), b - a);
        dim.add(List.of(DIMMED), to - b);
        return spans.overlay(dim.create(), (style, extra) -> {
            if (extra.isEmpty()) {
                return style;
            }
            List<String> both = new ArrayList<>(style);
            both.addAll(extra);
            return both;
        });
    }
}
