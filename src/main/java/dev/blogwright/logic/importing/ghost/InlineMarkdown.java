package dev.blogwright.logic.importing.ghost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes a run of formatted text (what mobiledoc markers and lexical text nodes describe: text with a set of
 * marks each) as Markdown. Overlapping marks are nested by taking the longest run first, so adjacent pieces
 * in bold become one {@code **…**}; spaces move outside the delimiters, where CommonMark wants them; a mark
 * whose delimiters would not be recognised there (punctuation against a letter) is written as HTML instead.
 */
public final class InlineMarkdown {
    /** A formatting mark; {@code href} and {@code title} only for links. */
    public record Mark(Kind kind, String href, String title) {
        public static Mark of(Kind kind) {
            return new Mark(kind, null, null);
        }

        public static Mark link(String href, String title) {
            return new Mark(Kind.LINK, href == null ? "" : href, title == null || title.isBlank() ? null : title);
        }
    }

    public enum Kind { LINK, BOLD, ITALIC, STRIKE, UNDERLINE, SUB, SUP, HIGHLIGHT, CODE }

    /** A piece of text and the marks on it; {@code "\n"} in text is a line break within the paragraph. */
    public record Segment(String text, List<Mark> marks) {
        public Segment {
            marks = List.copyOf(marks);
        }
    }

    private static final Map<Kind, String[]> HTML = Map.of(Kind.UNDERLINE, new String[]{"<u>", "</u>"},
            Kind.SUB, new String[]{"<sub>", "</sub>"}, Kind.SUP, new String[]{"<sup>", "</sup>"},
            Kind.HIGHLIGHT, new String[]{"<mark>", "</mark>"});

    private static final Pattern EDGE_BREAKS = Pattern.compile("^(?:\\\\\n|\\s)+|(?:\\\\\n|\\s)+$");
    private static final Pattern REPEATED_BREAKS = Pattern.compile("\\\\\n(?:[ \t]*\\\\\n)+");
    /** Stands for the delimiter or tag of the enclosing mark, next to the first and last piece inside it. */
    private static final char NESTED = '\u0000';
    private static final Pattern ENTITY = Pattern.compile("&(#|[A-Za-z0-9]+;)");

    private InlineMarkdown() {
    }

    public static String write(List<Segment> segments) {
        List<Segment> pieces = new ArrayList<>();
        for (Segment s : segments) {
            if (!s.text().isEmpty()) {
                pieces.add(s);
            }
        }
        // Line breaks at the very start or end of a paragraph show nothing; written there they would show "\\".
        String md = EDGE_BREAKS.matcher(write(pieces, ' ', ' ')).replaceAll("");
        // Breaks in a row would leave a line of nothing, which ends the paragraph: one break says it.
        md = REPEATED_BREAKS.matcher(md).replaceAll("\\\\\n");
        return escapeLineStarts(md);
    }

    private static String write(List<Segment> segments, char before, char after) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < segments.size()) {
            Segment first = segments.get(i);
            Mark mark = longestMark(segments, i);
            if (mark == null) {
                out.append(escape(first.text()));
                i++;
                continue;
            }
            int end = i;
            while (end < segments.size() && segments.get(end).marks().contains(mark)) {
                end++;
            }
            List<Segment> inner = new ArrayList<>();
            for (Segment s : segments.subList(i, end)) {
                List<Mark> rest = new ArrayList<>(s.marks());
                rest.remove(mark);
                inner.add(new Segment(s.text(), rest));
            }
            char prev = i == 0 ? before : lastChar(segments.get(i - 1).text(), before);
            char next = end == segments.size() ? after : firstChar(segments.get(end).text(), after);
            // A neighbour with marks of its own is written with delimiters or tags that the raw text does not show.
            boolean prevPlain = i == 0 || segments.get(i - 1).marks().isEmpty();
            boolean nextPlain = end == segments.size() || segments.get(end).marks().isEmpty();
            String wrapped = wrap(mark, inner, new Context(prev, prevPlain, next, nextPlain));
            if (wrapped.startsWith("[") && endsWithBareBang(out)) {
                // "!" before a link would make it an image.
                out.insert(out.length() - 1, '\\');
            }
            out.append(wrapped);
            i = end;
        }
        return out.toString();
    }

    /** The mark of segment {@code i} that runs furthest; code goes innermost, since nothing nests inside it. */
    private static Mark longestMark(List<Segment> segments, int i) {
        Mark best = null;
        int bestLength = -1;
        for (Mark m : segments.get(i).marks()) {
            int length = 0;
            while (i + length < segments.size() && segments.get(i + length).marks().contains(m)) {
                length++;
            }
            int score = m.kind() == Kind.CODE ? 0 : length;
            if (score > bestLength) {
                best = m;
                bestLength = score;
            }
        }
        return best;
    }

    /** What surrounds a run: the raw characters next to it and whether those are written as plain text. */
    private record Context(char prev, boolean prevPlain, char next, boolean nextPlain) {
    }

    private static String wrap(Mark mark, List<Segment> inner, Context around) {
        String raw = rawText(inner);
        String lead = raw.substring(0, raw.length() - raw.stripLeading().length());
        String trail = raw.stripLeading().substring(raw.strip().length());
        if (raw.isBlank()) {
            return mark.kind() == Kind.CODE ? escape(raw) : write(inner, around.prev(), around.next());
        }
        if (mark.kind() == Kind.CODE) {
            return escape(lead) + codeSpan(raw.strip()) + escape(trail);
        }
        String body = write(trimmed(inner), NESTED, NESTED);
        Context outer = new Context(lead.isEmpty() ? around.prev() : ' ', !lead.isEmpty() || around.prevPlain(),
                trail.isEmpty() ? around.next() : ' ', !trail.isEmpty() || around.nextPlain());
        // Delimiters of marks nested at the edge join ours in one run; what flanks the run is the text within.
        String core = body.replaceAll("^[*~]+|(?<!\\\\)[*~]+$", "");
        String edges = core.isEmpty() ? body : core;
        String[] d = delimiters(mark, edges.charAt(0), edges.charAt(edges.length() - 1), outer);
        return (lead.isEmpty() ? "" : escape(lead)) + d[0] + body + d[1] + (trail.isEmpty() ? "" : escape(trail));
    }

    private static String[] delimiters(Mark mark, char first, char last, Context around) {
        if (mark.kind() == Kind.LINK) {
            return new String[]{"[", "](" + destination(mark.href())
                    + (mark.title() == null ? "" : " \"" + mark.title().replace("\"", "\\\"") + "\"") + ")"};
        }
        String[] html = HTML.get(mark.kind());
        if (html != null) {
            return html;
        }
        String[] tags = switch (mark.kind()) {
            case BOLD -> new String[]{"<strong>", "</strong>", "**"};
            case ITALIC -> new String[]{"<em>", "</em>", "*"};
            default -> new String[]{"<del>", "</del>", "~~"};
        };
        // CommonMark's flanking rules, judged on what is written inside and outside the delimiters; where they
        // could fail (punctuation inside against a letter outside, a marked neighbour), HTML says it for sure.
        boolean opens = flanks(first, around.prev(), around.prevPlain());
        boolean closes = flanks(last, around.next(), around.nextPlain());
        return opens && closes ? new String[]{tags[2], tags[2]} : new String[]{tags[0], tags[1]};
    }

    /**
     * Whether a delimiter between {@code inside} and {@code outside} is surely read as one: a letter or digit
     * inside always flanks; punctuation inside only with real whitespace outside (the edge of a paragraph
     * counts), not against the delimiters or tags of an enclosing or neighbouring mark.
     */
    private static boolean flanks(char inside, char outside, boolean outsidePlain) {
        if (Character.isWhitespace(outside)) {
            return !Character.isWhitespace(inside);
        }
        if (!Character.isLetterOrDigit(inside)) {
            return false;
        }
        // A letter inside flanks whatever is outside, unless a neighbour's delimiters would run into ours.
        return outside == NESTED || outsidePlain && "*_~`\\[]<>!&".indexOf(outside) < 0;
    }

    /** Whether the text ends in a "!" that is not escaped (an even number of backslashes before it). */
    private static boolean endsWithBareBang(StringBuilder out) {
        int i = out.length() - 1;
        if (i < 0 || out.charAt(i) != '!') {
            return false;
        }
        int backslashes = 0;
        while (i - 1 - backslashes >= 0 && out.charAt(i - 1 - backslashes) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    /** Strips the leading and trailing whitespace of a run, piece by piece, keeping the marks. */
    private static List<Segment> trimmed(List<Segment> inner) {
        List<Segment> out = new ArrayList<>(inner);
        while (!out.isEmpty() && out.get(0).text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            Segment f = out.get(0);
            out.set(0, new Segment(f.text().stripLeading(), f.marks()));
            Segment l = out.get(out.size() - 1);
            out.set(out.size() - 1, new Segment(l.text().stripTrailing(), l.marks()));
        }
        return out;
    }

    static String destination(String href) {
        String h = Objects.requireNonNullElse(href, "").strip();
        if (h.isEmpty()) {
            return "<>";
        }
        boolean plain = h.chars().noneMatch(c -> c == ' ' || c == '<' || c == '>' || c < 0x20)
                && balanced(h);
        return plain ? h : "<" + h.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">";
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    static String codeSpan(String code) {
        String text = code.replace('\n', ' ');
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`");
        return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
    }

    /** Escapes what Markdown would read as syntax in plain text; a line break becomes a hard break. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '~', '|' -> sb.append('\\').append(c);
                case '!' -> sb.append(text.startsWith("[", i + 1) ? "\\!" : "!");
                case '&' -> sb.append(ENTITY.matcher(text).region(i, text.length()).lookingAt() ? "\\&" : "&");
                case '\n' -> sb.append("\\\n");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Escapes a {@code #}, {@code -}, {@code +}, {@code =} or {@code 1.} that begins a line of a paragraph. */
    static String escapeLineStarts(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.matches("^(#|[-+=]|\\d+[.)]).*")) {
                int digits = 0;
                while (digits < l.length() && Character.isDigit(l.charAt(digits))) {
                    digits++;
                }
                l = digits > 0 ? l.substring(0, digits) + "\\" + l.substring(digits) : "\\" + l;
            }
            lines[i] = l;
        }
        return String.join("\n", lines);
    }

    private static String rawText(List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    private static char firstChar(String s, char fallback) {
        return s.isEmpty() ? fallback : s.charAt(0);
    }

    private static char lastChar(String s, char fallback) {
        return s.isEmpty() ? fallback : s.charAt(s.length() - 1);
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

}
