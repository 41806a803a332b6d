package dev.blogwright.logic.spelling;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Spelling for a library: the dictionary of a post's language (its own, else the blog's) with the library's
 * personal words for that language and the words ignored in that post. Safe to call from any thread; each call
 * returns a checker of its own.
 */
public final class SpellingService {
    private final Dictionaries dictionaries;
    private final DictionaryRepository repo;
    /** Told after the personal dictionary or a post's ignores change, so open editors can check again. */
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public SpellingService(Dictionaries dictionaries, DictionaryRepository repo) {
        this.dictionaries = dictionaries;
        this.repo = repo;
    }

    /** The language a post is written in: its own when set, else the blog's. */
    public static String languageOf(Post post, BlogSettings settings) {
        return post.language().isBlank() ? settings.language() : post.language().strip();
    }

    /** A checker for {@code post}, or empty when no dictionary is installed for its language. */
    public Optional<SpellChecker> checkerFor(Post post, BlogSettings settings) {
        String language = languageOf(post, settings);
        Set<String> accepted = new HashSet<>(repo.words(key(language)));
        if (post.id() > 0) {
            accepted.addAll(repo.ignoredIn(post.id()));
        }
        return dictionaries.forLanguage(language).map(d -> new SpellChecker(d.newSpeller(), accepted));
    }

    /** A checker for {@code language} with the personal dictionary and {@code alsoAccepted} (a session's ignores). */
    public Optional<SpellChecker> checkerFor(String language, Set<String> alsoAccepted) {
        Set<String> accepted = new HashSet<>(repo.words(key(language)));
        accepted.addAll(alsoAccepted);
        return dictionaries.forLanguage(language).map(d -> new SpellChecker(d.newSpeller(), accepted));
    }

    /** Whether there is a dictionary for {@code language}: without one, its posts are not checked. */
    public boolean hasDictionary(String language) {
        return dictionaries.has(language);
    }

    /** The languages there is a dictionary for, for the language choosers. */
    public List<InstalledLanguage> languages() {
        return dictionaries.languages();
    }

    /** The folder where a writer drops {@code xx.dic}/{@code xx.aff} pairs to install a language. */
    public Path writersFolder() {
        return dictionaries.writersFolder();
    }

    /** Adds a word to the personal dictionary of {@code language}: from now on it is right in every post. */
    public void addToDictionary(String language, String word) {
        repo.add(key(language), clean(word));
        changed();
    }

    public void removeFromDictionary(String language, String word) {
        repo.remove(key(language), clean(word));
        changed();
    }

    public Set<String> personalWords(String language) {
        return repo.words(key(language));
    }

    /** The whole personal dictionary, by language key ("en", "de"), sorted: what the text export writes. */
    public SortedMap<String, SortedSet<String>> personalDictionary() {
        SortedMap<String, SortedSet<String>> out = new TreeMap<>();
        repo.all().forEach((language, words) -> {
            if (!words.isEmpty()) {
                out.put(language, new TreeSet<>(words));
            }
        });
        return out;
    }

    /**
     * Makes the personal dictionary {@code wanted} (an import, a sync): adds and removes only the difference, and
     * tells the listeners once. A word that is not one word is skipped: a hand-edited file must not stop an import.
     */
    public void replacePersonalDictionary(Map<String, ? extends Collection<String>> wanted) {
        SortedMap<String, SortedSet<String>> have = personalDictionary();
        boolean changed = false;
        for (Map.Entry<String, ? extends Collection<String>> e : wanted.entrySet()) {
            String language = key(e.getKey());
            Set<String> old = have.getOrDefault(language, new TreeSet<>());
            for (String word : e.getValue()) {
                String w = word == null ? "" : word.strip().replace('’', '\'');
                if (!w.isEmpty() && w.length() <= 100 && w.chars().noneMatch(Character::isWhitespace) && !old.remove(w)) {
                    repo.add(language, w);
                    changed = true;
                }
            }
            have.put(language, new TreeSet<>(old));
        }
        for (Map.Entry<String, SortedSet<String>> e : have.entrySet()) {
            for (String gone : e.getValue()) {
                repo.remove(e.getKey(), gone);
                changed = true;
            }
        }
        if (changed) {
            changed();
        }
    }

    /** Accepts a word in one post only. */
    public void ignoreInPost(long postId, String word) {
        repo.ignore(postId, clean(word));
        changed();
    }

    /**
     * Calls {@code listener} (on the thread that made the change) whenever the words accepted change; the returned
     * handle stops it.
     */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /**
     * The personal dictionary is kept per language, not per variant: a name or a term of the trade written in a
     * British post is as right in an American one ("en-GB" and "en" share "en").
     */
    static String key(String language) {
        String tag = Dictionaries.normalize(language);
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static String clean(String word) {
        String w = word == null ? "" : word.strip().replace('’', '\'');
        if (w.isEmpty() || w.length() > 100 || w.chars().anyMatch(Character::isWhitespace)) {
            throw new LibraryException("Only a single word can go into the dictionary.");
        }
        return w;
    }
}
