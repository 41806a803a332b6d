package dev.blogwright.app;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.check.BlogCheck;
import dev.blogwright.logic.check.CheckContext;
import dev.blogwright.logic.check.Finding;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.spelling.Dictionaries;
import dev.blogwright.logic.spelling.SpellingService;
import dev.blogwright.model.Asset;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The blog check of an open library, for {@code blogwright check} and the Problems panel alike. */
public final class LibraryCheck {
    private LibraryCheck() {
    }

    /**
     * Checks the posts named by {@code slugs} (every post not in the trash when empty) against the whole library.
     * An unknown slug is a user error.
     */
    public static List<Finding> run(BlogLibrary library, List<String> slugs) {
        return check(library, slugs).findings();
    }

    /** What a check found, and the languages it could not check the spelling of (by tag, with their post counts). */
    public record Result(List<Finding> findings, SortedMap<String, Integer> withoutDictionary, Path dictionaryFolder) {
        /** One line per language without a dictionary, said once rather than as a finding for every word. */
        public List<String> notes() {
            List<String> out = new ArrayList<>();
            withoutDictionary.forEach((language, posts) -> out.add("no dictionary for " + language
                    + ": spelling not checked in " + posts + (posts == 1 ? " post" : " posts")
                    + " (install a Hunspell dictionary, such as Debian's hunspell-" + language + "*, or put "
                    + language + ".dic and " + language + ".aff in " + dictionaryFolder + ")"));
            return out;
        }
    }

    /** As {@link #run}, also telling which languages have no dictionary. */
    public static Result check(BlogLibrary library, List<String> slugs) {
        // Read in one transaction, so links and duplicates are judged against one picture of the library.
        CheckContext context = library.consistently(() -> {
            BlogSettings settings = library.settings().load();
            List<Post> posts = library.posts().posts(PostQuery.all());
            return new CheckContext(settings, posts, library.taxonomy().categories(), library.taxonomy().tags(),
                    library.assets().all().stream().map(Asset::fileName).collect(Collectors.toSet()),
                    library.clock().instant(), post -> library.spelling().checkerFor(post, settings));
        });
        List<Post> checked = selected(context.posts(), slugs);
        SortedMap<String, Integer> missing = new TreeMap<>();
        for (Post post : checked) {
            String language = SpellingService.languageOf(post, context.settings());
            if (!library.spelling().hasDictionary(language)) {
                missing.merge(Dictionaries.normalize(language), 1, Integer::sum);
            }
        }
        return new Result(BlogCheck.run(checked, context), missing, library.spelling().writersFolder());
    }

    private static List<Post> selected(List<Post> posts, List<String> slugs) {
        if (slugs == null || slugs.isEmpty()) {
            return posts;
        }
        Map<String, Post> bySlug = posts.stream().collect(Collectors.toMap(Post::slug, Function.identity(), (a, b) -> a));
        List<Post> out = new ArrayList<>();
        for (String slug : slugs) {
            Post p = bySlug.get(slug);
            if (p == null) {
                throw new LibraryException("No post with the slug '" + slug + "' (trashed posts are not checked).");
            }
            out.add(p);
        }
        return out;
    }
}
