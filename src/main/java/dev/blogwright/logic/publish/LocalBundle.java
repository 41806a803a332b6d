package dev.blogwright.logic.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.blogwright.logic.FileBytes;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.util.PathKeyedJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * An exported bundle as the deploy sees it: the files its {@code .blogwright-manifest.json} names, with their
 * content hashes. Read through the manifest's documented format ({@code {"fileHash":"murmur3-x64-128",
 * "files":{path:hash}}}), not the exporter's own classes, so the two can change apart; a deploy that has just
 * exported is handed the same list from memory instead ({@link #of}).
 */
public final class LocalBundle {
    public static final String MANIFEST = ".blogwright-manifest.json";
    public static final String FILE_HASH = "murmur3-x64-128";
    private static final JsonFactory JSON = PathKeyedJson.FACTORY;

    private final Path root;
    private final Map<String, String> hashes;

    private LocalBundle(Path root, Map<String, String> hashes) {
        this.root = root;
        this.hashes = Collections.unmodifiableMap(hashes);
    }

    /**
     * The bundle in {@code root} whose manifest lists {@code files} (path to content hash), as the export that
     * wrote it holds them; each path is checked as when read from the file.
     */
    public static LocalBundle of(Path root, Map<String, String> files) throws PublishException {
        for (String path : files.keySet()) {
            SitePaths.check(path);
        }
        return new LocalBundle(root, files);
    }

    /** Reads the bundle in {@code root}; a missing or foreign manifest is a one-line {@link PublishException}. */
    public static LocalBundle read(Path root) throws PublishException {
        Path file = root.resolve(MANIFEST);
        Map<String, String> hashes = new HashMap<>();
        String fileHash = null;
        boolean listed = false;
        // A streaming read: the manifest of a 10,000-post site lists 10,500 files, and a tree of it was the larger
        // part of the read.
        try (JsonParser in = JSON.createParser(FileBytes.read(file))) {
            if (in.nextToken() == JsonToken.START_OBJECT) {
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String field = in.getCurrentName();
                    JsonToken value = in.nextToken();
                    if (field.equals("fileHash") && value == JsonToken.VALUE_STRING) {
                        fileHash = in.getText();
                    } else if (field.equals("files") && value == JsonToken.START_OBJECT) {
                        listed = readFiles(in, hashes);
                    } else {
                        in.skipChildren();
                    }
                }
            }
        } catch (PublishException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new PublishException(Problem.NOT_FOUND, "No export in " + root + " (" + MANIFEST
                    + " is missing); export the blog there first", e);
        } catch (IOException e) {
            throw new PublishException(Problem.OTHER, "Cannot read the export's " + MANIFEST + " in " + root, e);
        }
        if (!listed || !FILE_HASH.equals(fileHash)) {
            throw new PublishException(Problem.OTHER, "The export in " + root + " has a manifest this version of "
                    + "Blogwright does not know; export the blog again", null);
        }
        return new LocalBundle(root, hashes);
    }

    /** The {@code files} object, the parser on its start; false when an entry is not a path and a text hash. */
    private static boolean readFiles(JsonParser in, Map<String, String> hashes) throws IOException {
        boolean plain = true;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String path = in.getCurrentName();
            if (in.nextToken() != JsonToken.VALUE_STRING) {
                in.skipChildren();
                plain = false;
                continue;
            }
            SitePaths.check(path);
            hashes.put(path, in.getText());
        }
        return plain;
    }

    public Path root() {
        return root;
    }

    /** Every file of the site, by path, with its hash; in no particular order. */
    public Map<String, String> hashes() {
        return hashes;
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
