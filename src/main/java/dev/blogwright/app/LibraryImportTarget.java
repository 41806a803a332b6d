package dev.blogwright.app;

import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.importing.ImportTarget;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The import's view of an open library: its services, nothing more. */
public final class LibraryImportTarget implements ImportTarget {
    private final BlogLibrary library;

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
    public Post create(Post post) {
        return library.posts().create(post);
    }

    @Override
    public Post update(Post post) {
        return library.posts().save(post, false);
    }

    @Override
    public long categoryIdFor(String name) {
        return library.taxonomy().categoryNamed(name).id();
    }

    @Override
    public String addAsset(Path file) throws IOException {
        return AssetService.reference(library.assets().add(file));
    }

    @Override
    public void inTransaction(Runnable work) {
        library.database().run(work);
    }
}
