package dev.blogwright.logic.spelling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks words against one language's dictionary plus the words a writer accepted (the personal dictionary, the
 * words ignored in a post). Not shared between threads: Morfologik's speller keeps buffers per instance, so each
 * check makes its own checker (cheap; the dictionary itself is shared).
 */
public final class SpellChecker {
    private static final int MAX_SUGGESTIONS = 6;
    private final WordSpeller speller;
    private final Set<String> accepted;

    SpellChecker(WordSpeller speller, Collection<String> accepted) {
        this.speller = speller;
        this.accepted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        this.accepted.addAll(accepted);
    }

    /** The misspelled prose words of a post's Markdown, in order. */
    public List<Misspelling> check(String markdown) {
        return misspelled(ProseWords.of(markdown));
    }

    /** The misspelled words of plain text (a title), offsets from the start of {@code text}. */
    public List<Misspelling> checkPlain(String text) {
        List<Word> words = new ArrayList<>();
        ProseWords.words(text == null ? "" : text, 0, words);
        return misspelled(words);
    }

    private List<Misspelling> misspelled(List<Word> words) {
        List<Misspelling> out = new ArrayList<>();
        for (Word w : words) {
            if (w.text().indexOf('-') < 0 || known(w.text()) || accepted.contains(w.text())) {
                if (isMisspelled(w.text())) {
                    out.add(new Misspelling(w.text(), w.start(), w.end()));
                }
                continue;
            }
            // A compound the dictionary does not list whole (well-tested) is right when each part is.
            int from = 0;
            String text = w.text();
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '-') {
                    String part = text.substring(from, i);
                    if (!part.isEmpty() && isMisspelled(part)) {
                        out.add(new Misspelling(part, w.start() + from, w.start() + i));
                    }
                    from = i + 1;
                }
            }
        }
        return out;
    }

    /**
     * Whether a word is wrong. Acronyms (API, JWTs) and one-letter words are taken as written, as word processors
     * do by default; a typographic apostrophe counts as the plain one the dictionaries use, and a possessive 's is
     * checked without it (OpenAI's is right when OpenAI is).
     */
    public boolean isMisspelled(String word) {
        String w = word.replace('’', '\'');
        if (w.length() < 2 || isAcronym(w) || accepted.contains(w) || known(w)) {
            return false;
        }
        if (w.endsWith("'s") || w.endsWith("'S")) {
            String stem = w.substring(0, w.length() - 2);
            return !(accepted.contains(stem) || isAcronym(stem) || known(stem));
        }
        if (w.endsWith("'")) {
            String stem = w.substring(0, w.length() - 1);
            return !(accepted.contains(stem) || known(stem));
        }
        return true;
    }

    /** In the dictionary as written, or in lower case when only its parts' first letters are capitals (Post-Mortem in a title). */
    private boolean known(String w) {
        return speller.knows(w) || capitalizedParts(w) && speller.knows(w.toLowerCase(Locale.ROOT));
    }

    private static boolean capitalizedParts(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && w.charAt(i - 1) != '-') {
                return false;
            }
        }
        return true;
    }

    /** What the writer may have meant, best first. */
    public List<String> suggestions(String word) {
        String w = word.replace('’', '\'');
        List<String> found = new ArrayList<>();
        for (String s : speller.suggest(w)) {
            if (!found.contains(s)) {
                found.add(s);
            }
            if (found.size() == MAX_SUGGESTIONS) {
                break;
            }
        }
        return found;
    }

    private static boolean isAcronym(String w) {
        String letters = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !letters.equals(letters.toLowerCase(Locale.ROOT));
    }
}
