package dev.blogwright.logic.spelling;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Hunspell {@code .dic}/{@code .aff} pair (a Debian {@code hunspell-xx} package, a LibreOffice dictionary) read
 * by Lucene's pure-Java Hunspell. The parsed dictionary is immutable and shared; {@link Hunspell} keeps buffers, so
 * each check gets its own.
 */
final class HunspellDictionary implements SpellingDictionary {
    private static final Logger LOG = LoggerFactory.getLogger(HunspellDictionary.class);
    /**
     * Lucene's suggestion search takes 0.2-1 s on a large dictionary (de_DE, fr; measured in BENCHMARKS.md); past
     * this it returns what it found so far, so a context menu or a {@code check} with many typos stays usable.
     */
    private static final long SUGGEST_MS = 600;
    private final Dictionary dictionary;
    private final Path dic;

    private HunspellDictionary(Dictionary dictionary, Path dic) {
        this.dictionary = dictionary;
        this.dic = dic;
    }

    /** Reads the pair; the affix file is {@code dic} with {@code .aff} for {@code .dic}. */
    static HunspellDictionary read(Path dic) throws IOException {
        String name = dic.getFileName().toString();
        Path aff = dic.resolveSibling(name.substring(0, name.length() - ".dic".length()) + ".aff");
        try (InputStream affix = new BufferedInputStream(Files.newInputStream(aff));
             InputStream words = new BufferedInputStream(Files.newInputStream(dic))) {
            // In memory: sorting the word list on disk would leave temporary files behind a killed app.
            return new HunspellDictionary(new Dictionary(affix, List.of(words), false, SortingStrategy.inMemory()), dic);
        } catch (ParseException | RuntimeException e) {
            throw new IOException(dic + " is not a Hunspell dictionary Blogwright can read: " + e.getMessage(), e);
        }
    }

    @Override
    public String source() {
        return dic.toString();
    }

    @Override
    public WordSpeller newSpeller() {
        // The default policy returns a timed-out suggestion search's partial result rather than throwing.
        Hunspell hunspell = new Hunspell(dictionary);
        return new WordSpeller() {
            @Override
            public boolean knows(String word) {
                try {
                    return hunspell.spell(word);
                } catch (RuntimeException e) {
                    LOG.debug("Hunspell could not check '{}'", word, e);
                    return false;
                }
            }

            @Override
            public List<String> suggest(String word) {
                try {
                    return hunspell.suggest(word, SUGGEST_MS);
                } catch (RuntimeException e) {
                    LOG.debug("Hunspell found no suggestion for '{}'", word, e);
                    return List.of();
                }
            }
        };
    }
}
