package dev.blogwright.app;

import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.importing.ImportTarget;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            throw e;
        }
    }
}
