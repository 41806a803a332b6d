package dev.blogwright.logic.spelling;

import java.util.List;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/** A dictionary built into the app: LanguageTool's Morfologik automaton, immutable and shared. */
record MorfologikDictionary(Dictionary dictionary) implements SpellingDictionary {
    @Override
    public String source() {
        return Dictionaries.BUILT_IN_SOURCE;
    }

    @Override
    public WordSpeller newSpeller() {
        Speller speller = new Speller(dictionary);
        return new WordSpeller() {
            @Override
            public boolean knows(String word) {
                // Morfologik refuses longer words; none of them is in an English dictionary anyway.
                return word.length() < Speller.MAX_WORD_LENGTH && !speller.isMisspelled(word);
            }

            @Override
            public List<String> suggest(String word) {
                return word.length() < Speller.MAX_WORD_LENGTH ? speller.findReplacements(word) : List.of();
            }
        };
    }
}
