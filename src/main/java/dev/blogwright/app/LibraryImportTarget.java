package dev.blogwright.app;

import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.importing.ImportTarget;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The import's view of an open library: its services, nothing more. */
public final class LibraryImportTarget implements ImportTarget {
    private final BlogLibrary library;
    /** Word counts computed ahead, keyed by body; a body the import rewrote (image links) is counted again. */
    private WordCountsAhead wordCounts = new WordCountsAhead(List.of());
    /**
     * Category ids by name as the import asked for them: an import names a handful of categories thousands of
     * times. Forgotten when a transaction rolls back, which may take a category created in it along.
     */
    private final Map<String, Long> categoryIds = new HashMap<>();
    /** Categories an imported hierarchy has placed (or found placed) during this import. */
    private final Set<String> placed = new HashSet<>();

    public LibraryImportTarget(BlogLibrary library) {
        this.library = library;
    }

    @Override
    public Optional<Post> findBySourcePath(String sourcePath) {
        return library.posts().findBySourcePath(sourcePath);
    }

    @Override
    public Optional<Post> findBySlug(String slug) {
        return library.posts().findBySlug(slug);
    }

    @Override
    public void prepare(List<Post> posts) {
        categoryIds.clear();
        wordCounts.close();
        wordCounts = new WordCountsAhead(posts.stream().map(Post::body).toList());
    }

    @Override
    public void finish() {
        categoryIds.clear();
        wordCounts.close();
        wordCounts = new WordCountsAhead(List.of());
    }

    @Override
    public ZoneId zone() {
        return library.settings().load().zone();
    }

    @Override
    public Post create(Post post) {
        return library.posts().create(post, wordCounts.take(post.body()));
    }

    @Override
    public List<Post> createAll(List<Post> posts) {
        int[] words = new int[posts.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = wordCounts.take(posts.get(i).body());
        }
        return library.posts().createAll(posts, words);
    }

    @Override
    public Post update(Post post) {
        return library.posts().save(post, false);
    }

    @Override
    public long categoryIdFor(String name) {
        return categoryIds.computeIfAbsent(name, n -> library.taxonomy().categoryNamed(n).id());
    }

    /** Only a category without a parent is placed: a tree the editors made in the library is theirs. */
    @Override
    public void placeCategory(String name, String parentName) {
        if (!placed.add(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        long id = categoryIdFor(name);
        long parentId = categoryIdFor(parentName);
        Category category = library.taxonomy().category(id).orElseThrow();
        for (Long up = parentId; up != null; up = library.taxonomy().category(up).map(Category::parentId).orElse(null)) {
            if (up == id) {
                return;
            }
        }
        if (category.parentId() == null) {
            library.taxonomy().updateCategory(new Category(id, category.name(), category.slug(),
                    category.description(), category.colour(), category.position(), parentId));
        }
    }

    @Override
    public String addAsset(Path file) throws IOException {
        return AssetService.reference(library.assets().add(file));
    }

    @Override
    public void inTransaction(Runnable work) {
        try {
            library.database().run(work);
        } catch (RuntimeException e) {
            categoryIds.clear();
            placed.clear();
            throw e;
        }
    }
}
