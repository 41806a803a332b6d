package dev.blogwright.logic.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.blogwright.util.PathKeyedJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last complete deploy put on a target, kept there as {@code .blogwright-deploy.json}:
 * {@code {"format":1,"fileHash":"murmur3-x64-128","files":{path:{"hash":h,"size":n}}}}. Written last, so it always
 * describes a whole site; the next deploy sends only what differs from it and deletes only what it lists.
 */
public record DeployManifest(Map<String, Entry> files) {
    public static final String FILE = ".blogwright-deploy.json";
    /** Present while a deploy runs: one cut off leaves it, and the next deploy then checks the remote files. */
    public static final String PENDING = ".blogwright-deploy.pending";
    static final int FORMAT = 1;
    private static final JsonFactory JSON = PathKeyedJson.FACTORY;
    private static final Logger LOG = LoggerFactory.getLogger(DeployManifest.class);

    /** One file as deployed: its content hash (the export's) and its size. */
    public record Entry(String hash, long size) {
    }

    /** Unordered: the deploy looks entries up by path, and only {@link #toJson} needs them in order. */
    public DeployManifest {
        files = Collections.unmodifiableMap(new HashMap<>(files));
    }

    /**
     * The manifest of a bundle once it is deployed; the size of a file whose hash {@code previous} already records is
     * taken from there, so only the changed files are looked at on disk.
     */
    static DeployManifest of(LocalBundle bundle, Optional<DeployManifest> previous) throws PublishException {
        Map<String, Entry> before = previous.isPresent() ? previous.get().files() : Map.of();
        Map<String, Entry> files = new HashMap<>(bundle.hashes().size() * 4 / 3 + 1);
        for (Map.Entry<String, String> e : bundle.hashes().entrySet()) {
            Entry last = before.get(e.getKey());
            files.put(e.getKey(), last != null && last.hash().equals(e.getValue()) ? last
                    : new Entry(e.getValue(), bundle.size(e.getKey())));
        }
        return new DeployManifest(files);
    }

    /**
     * The manifest in {@code bytes}, or empty when it cannot be trusted (damaged, another format or hash, an unsafe
     * path): the deploy then lists the target instead. Read as a stream, not a tree: it is read at every deploy, and
     * at 10,000 posts it lists 10,500 files.
     */
    static Optional<DeployManifest> parse(byte[] bytes) {
        Map<String, Entry> files = null;
        int format = -1;
        String fileHash = null;
        try (JsonParser in = JSON.createParser(bytes)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                LOG.info("The target's {} is of another format; checking the remote files instead", FILE);
                return Optional.empty();
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.getCurrentName();
                JsonToken value = in.nextToken();
                if (field.equals("format")) {
                    format = value == JsonToken.VALUE_NUMBER_INT ? in.getValueAsInt(-1) : -1;
                } else if (field.equals("fileHash")) {
                    fileHash = value == JsonToken.VALUE_STRING ? in.getText() : null;
                } else if (field.equals("files") && value == JsonToken.START_OBJECT) {
                    files = new HashMap<>();
                    String bad = readFiles(in, files);
                    if (bad != null) {
                        LOG.warn("The target's {} names a bad entry '{}'; checking the remote files instead", FILE, bad);
                        return Optional.empty();
                    }
                } else {
                    files = field.equals("files") ? null : files;
                    in.skipChildren();
                }
            }
            if (in.currentToken() != JsonToken.END_OBJECT || in.nextToken() != null) {
                throw new IOException("the manifest does not end where its object does");
            }
        } catch (IOException e) {
            LOG.warn("The target's {} is unreadable; checking the remote files instead", FILE, e);
            return Optional.empty();
        }
        if (format != FORMAT || !LocalBundle.FILE_HASH.equals(fileHash) || files == null) {
            LOG.info("The target's {} is of another format; checking the remote files instead", FILE);
            return Optional.empty();
        }
        return Optional.of(new DeployManifest(files));
    }

    /**
     * Reads the entries of the {@code files} object, the parser on its start, into {@code files}; returns the path of
     * the first entry that is not a safe path with a text hash and a whole size, or null when all are.
     */
    private static String readFiles(JsonParser in, Map<String, Entry> files) throws IOException {
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String path = in.getCurrentName();
            if (in.nextToken() != JsonToken.START_OBJECT || !SitePaths.isSafe(path)) {
                return path;
            }
            String hash = null;
            long size = -1;
            boolean sized = false;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.getCurrentName();
                JsonToken value = in.nextToken();
                if (field.equals("hash")) {
                    hash = value == JsonToken.VALUE_STRING ? in.getText() : null;
                } else if (field.equals("size")) {
                    sized = value == JsonToken.VALUE_NUMBER_INT && in.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
                    size = sized ? in.getLongValue() : -1;
                } else {
                    in.skipChildren();
                }
            }
            if (hash == null || !sized) {
                return path;
            }
            files.put(path, new Entry(hash, size));
        }
        return null;
    }

    /** Compact JSON, the files in path order (so a manifest made twice of the same site is the same bytes). */
    byte[] toJson() {
        String[] paths = files.keySet().toArray(new String[0]);
        Arrays.sort(paths);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + files.size() * 96);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("fileHash", LocalBundle.FILE_HASH);
            g.writeObjectFieldStart("files");
            for (String path : paths) {
                Entry e = files.get(path);
                g.writeObjectFieldStart(path);
                g.writeStringField("hash", e.hash());
                g.writeNumberField("size", e.size());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory cannot fail", e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
