package dev.blogwright.logic.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.logic.publish.PublishException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An exported bundle as the deploy sees it: the files its {@code .blogwright-manifest.json} names, with their
 * content hashes. Read through the manifest's documented format ({@code {"fileHash":"murmur3-x64-128",
 * "files":{path:hash}}}), not the exporter's own classes, so the two can change apart.
 */
public final class LocalBundle {
    public static final String MANIFEST = ".blogwright-manifest.json";
    public static final String FILE_HASH = "murmur3-x64-128";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final SortedMap<String, String> hashes;

    LocalBundle(Path root, SortedMap<String, String> hashes) {
        this.root = root;
        this.hashes = hashes;
    }

    /** Reads the bundle in {@code root}; a missing or foreign manifest is a one-line {@link PublishException}. */
    public static LocalBundle read(Path root) throws PublishException {
        Path file = root.resolve(MANIFEST);
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new PublishException(Problem.NOT_FOUND, "No export in " + root + " (" + MANIFEST
                    + " is missing); export the blog there first", e);
        } catch (IOException e) {
            throw new PublishException(Problem.OTHER, "Cannot read the export's " + MANIFEST + " in " + root, e);
        }
        if (tree == null || !FILE_HASH.equals(tree.path("fileHash").asText()) || !tree.path("files").isObject()) {
            throw new PublishException(Problem.OTHER, "The export in " + root + " has a manifest this version of "
                    + "Blogwright does not know; export the blog again", null);
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.path("files").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            SitePaths.check(e.getKey());
            hashes.put(e.getKey(), e.getValue().asText());
        }
        return new LocalBundle(root, hashes);
    }

    public Path root() {
        return root;
    }

    /** Every file of the site, by path, with its hash, in path order. */
    public SortedMap<String, String> hashes() {
        return Collections.unmodifiableSortedMap(hashes);
    }

    public Path file(String path) {
        return root.resolve(path);
    }

    public long size(String path) throws PublishException {
        try {
            return Files.size(file(path));
        } catch (IOException e) {
            throw new PublishException(Problem.OTHER, "The export in " + root + " lacks " + path
                    + "; export the blog again", e);
        }
    }
}
