package dev.blogwright.logic.importing;

import dev.blogwright.logic.post.Slugs;
import dev.blogwright.model.Post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An in-memory library: posts, categories and assets, with snapshot-based transactions. */
class FakeImportTarget implements ImportTarget {
    final Map<Long, Post> posts = new LinkedHashMap<>();
    final Map<String, Long> categories = new LinkedHashMap<>();
    final Map<String, Path> assets = new LinkedHashMap<>();
    int transactions;
    private long nextId = 1;

    @Override
    public Optional<Post> findBySourcePath(String sourcePath) {
        return posts.values().stream().filter(p -> sourcePath != null && sourcePath.equals(p.sourcePath())).findFirst();
    }

    @Override
    public Optional<Post> findBySlug(String slug) {
        return posts.values().stream().filter(p -> Objects.equals(p.slug(), slug)).findFirst();
    }

    @Override
    public Post create(Post post) {
        // As the library does: a post without a slug gets one from its title.
        String slug = post.slug() == null || post.slug().isBlank()
                ? Slugs.slugify(post.title()) : post.slug();
        for (int n = 2; findBySlug(slug).isPresent(); n++) {
            slug = post.slug() + "-" + n;
        }
        Post stored = post.toBuilder().id(nextId++).slug(slug).build();
        posts.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Post update(Post post) {
        if (!posts.containsKey(post.id())) {
            throw new IllegalStateException("no post " + post.id());
        }
        posts.put(post.id(), post);
        return post;
    }

    @Override
    public long categoryIdFor(String name) {
        return categories.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> (long) categories.size() + 1);
    }

    /** Category name (lower case) → parent name (lower case), as placed by the import. */
    final Map<String, String> categoryParents = new LinkedHashMap<>();

    @Override
    public void placeCategory(String name, String parentName) {
        categoryIdFor(name);
        categoryIdFor(parentName);
        categoryParents.putIfAbsent(name.toLowerCase(Locale.ROOT), parentName.toLowerCase(Locale.ROOT));
    }

    String categoryName(Long id) {
        return categories.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    @Override
    public String addAsset(Path file) throws IOException {
        String ref = "assets/" + Files.size(file) + "-" + file.getFileName();
        assets.put(ref, file);
        return ref;
    }

    @Override
    public void inTransaction(Runnable work) {
        transactions++;
        Map<Long, Post> postsBefore = new LinkedHashMap<>(posts);
        Map<String, Long> categoriesBefore = new LinkedHashMap<>(categories);
        Map<String, Path> assetsBefore = new LinkedHashMap<>(assets);
        long idBefore = nextId;
        try {
            work.run();
        } catch (RuntimeException e) {
            posts.clear();
            posts.putAll(postsBefore);
            categories.clear();
            categories.putAll(categoriesBefore);
            assets.clear();
            assets.putAll(assetsBefore);
            nextId = idBefore;
            throw e;
        }
    }

    Post bySource(String sourcePath) {
        return findBySourcePath(sourcePath).orElseThrow(() -> new AssertionError("no post from " + sourcePath));
    }

    List<Post> all() {
        return new ArrayList<>(posts.values());
    }

    /** Everything the target holds, to compare before and after a refused import. */
    String snapshot() {
        return posts + "|" + categories + "|" + assets;
    }
}
