package dev.blogwright.logic.check;

import dev.blogwright.logic.spelling.Misspelling;
import dev.blogwright.logic.spelling.SpellChecker;
import java.util.List;
import java.util.Optional;

/** Misspelled words in a post's title and prose, with what the dictionary suggests. */
final class SpellingChecker implements Checker {
    private static final int SHOWN_SUGGESTIONS = 3;

    @Override
    public void check(CheckedPost post, CheckContext context, List<Finding> out) {
        Optional<SpellChecker> found = context.spelling().apply(post.post());
        if (found.isEmpty()) {
            return;
        }
        SpellChecker speller = found.get();
        for (Misspelling m : speller.checkPlain(post.post().title())) {
            out.add(Finding.ofPost(post, FindingKind.SPELLING, "in the title: " + described(speller, m)));
        }
        for (Misspelling m : speller.check(post.post().body())) {
            out.add(Finding.at(post, m.start(), FindingKind.SPELLING, described(speller, m)));
        }
    }

    private static String described(SpellChecker speller, Misspelling m) {
        List<String> suggestions = speller.suggestions(m.word());
        String hint = suggestions.isEmpty() ? ""
                : " (" + String.join(", ", suggestions.subList(0, Math.min(SHOWN_SUGGESTIONS, suggestions.size()))) + "?)";
        return "'" + m.word() + "'" + hint;
    }
}
