package dev.blogwright.logic.importing;

import dev.blogwright.model.Post;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What the import needs of a library; the app implements it over the store. */
public interface ImportTarget {
    Optional<Post> findBySourcePath(String sourcePath);

    Optional<Post> findBySlug(String slug);

    /** Assigns the id and makes the slug unique (adds -2, -3 …); returns the stored post. */
    Post create(Post post);

    /**
     * As {@link #create(Post)} for each post in order, within the running transaction; a library stores them
     * in a few statements. The returned posts carry at least their id and slug.
     */
    default List<Post> createAll(List<Post> posts) {
        return posts.stream().map(this::create).toList();
    }

    /** Full update by id, tags included (by name); returns the stored post. */
    Post update(Post post);

    /** Finds a category by name (case-insensitive) or creates it. */
    long categoryIdFor(String name);

    /**
     * Puts the category {@code name} under {@code parentName} (both found or created by name) when it has no
     * parent yet and that makes no loop; a library without a category tree keeps its categories flat.
     */
    default void placeCategory(String name, String parentName) {
    }

    /** Copies the file into the library assets (deduplicated by hash); returns the Markdown reference. */
    String addAsset(Path file) throws IOException;

    /** Runs the work all-or-nothing: a RuntimeException inside rolls back and is rethrown. */
    void inTransaction(Runnable work);

    /**
     * Told the posts about to be stored, in the order they will be stored, before the first transaction starts,
     * so work that needs no library (word counts) can run on other cores while earlier batches are written.
     */
    default void prepare(List<Post> posts) {
    }

    /** The blog's time zone, in which dates written without an offset are placed. */
    default ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** Told the import is over (finished, cancelled or failed): work started by {@link #prepare} may stop. */
    default void finish() {
    }
}
