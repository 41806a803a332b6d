package dev.blogwright.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Literal find and replace over the editor's text, as pure functions so a 1 MB post is searched off the FX
 * thread and the rules are tested without a window.
 */
public final class FindReplace {
    /** A match: {@code [start, end)} in the text. */
    public record Match(int start, int end) {
    }

    private FindReplace() {
    }

    /** Every non-overlapping occurrence of {@code query}, in order; none for an empty query. */
    public static List<Match> findAll(String text, String query, boolean matchCase) {
        return findAll(text, query, matchCase, false);
    }

    /**
     * As {@link #findAll(String, String, boolean)}; with {@code wholeWord}, only occurrences that neither start
     * nor end inside a word (so "rust" finds "rust-lang" but not "rustacean").
     */
    public static List<Match> findAll(String text, String query, boolean matchCase, boolean wholeWord) {
        List<Match> all = findAny(text, query, matchCase);
        return wholeWord ? all.stream().filter(m -> isWholeWord(text, m)).toList() : all;
    }

    private static boolean isWholeWord(String text, Match m) {
        boolean startsWord = m.start() == 0 || !isWordChar(text.codePointBefore(m.start()));
        boolean endsWord = m.end() == text.length() || !isWordChar(text.codePointAt(m.end()));
        return startsWord && endsWord;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    private static List<Match> findAny(String text, String query, boolean matchCase) {
        List<Match> out = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        String haystack = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        // Lower-casing can change lengths for a few characters (e.g. 'İ'); then fall back to regionMatches.
        if (haystack.length() != text.length() || needle.length() != query.length()) {
            return findByRegion(text, query);
        }
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            out.add(new Match(i, i + needle.length()));
        }
        return out;
    }

    private static List<Match> findByRegion(String text, String query) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                out.add(new Match(i, i + query.length()));
                i += query.length() - 1;
            }
        }
        return out;
    }

    /** The index of the first match starting at or after {@code caret}, wrapping to the first; -1 if none. */
    public static int next(List<Match> matches, int caret) {
        if (matches.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= caret) {
                return i;
            }
        }
        return 0;
    }

    /** The index of the last match ending before {@code caret}, wrapping to the last; -1 if none. */
    public static int previous(List<Match> matches, int caret) {
        if (matches.isEmpty()) {
            return -1;
        }
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).end() < caret) {
                return i;
            }
        }
        return matches.size() - 1;
    }

    /** The index of the match that is exactly {@code [start, end)}, or -1. */
    public static int indexOf(List<Match> matches, int start, int end) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() == start && matches.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }

    /** The text with every match replaced, in one pass. */
    public static String replaceAll(String text, List<Match> matches, String replacement) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (Match m : matches) {
            out.append(text, from, m.start()).append(replacement);
            from = m.end();
        }
        return out.append(text, from, text.length()).toString();
    }
}
