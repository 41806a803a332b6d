package dev.blogwright.logic.asset;

import dev.blogwright.model.Asset;
import java.io.IOException;
import java.nio.file.Path;

/** The library's files beside the posts: where they live and adding one; {@link AssetService} is the library's. */
public interface Assets {
    Path folder();

    /** Copies a file into the library (once per content) and returns its asset record. */
    Asset add(Path file) throws IOException;
}
