package dev.blogwright.logic.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last complete deploy put on a target, kept there as {@code .blogwright-deploy.json}:
 * {@code {"format":1,"fileHash":"murmur3-x64-128","files":{path:{"hash":h,"size":n}}}}. Written last, so it always
 * describes a whole site; the next deploy sends only what differs from it and deletes only what it lists.
 */
public record DeployManifest(SortedMap<String, Entry> files) {
    public static final String FILE = ".blogwright-deploy.json";
    /** Present while a deploy runs: one cut off leaves it, and the next deploy then checks the remote files. */
    public static final String PENDING = ".blogwright-deploy.pending";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(DeployManifest.class);

    /** One file as deployed: its content hash (the export's) and its size. */
    public record Entry(String hash, long size) {
    }

    public DeployManifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /**
     * The manifest of a bundle once it is deployed; the size of a file whose hash {@code previous} already records is
     * taken from there, so only the changed files are looked at on disk.
     */
    static DeployManifest of(LocalBundle bundle, Optional<DeployManifest> previous) throws PublishException {
        Map<String, Entry> before = previous.isPresent() ? previous.get().files() : Map.of();
        SortedMap<String, Entry> files = new TreeMap<>();
        for (Map.Entry<String, String> e : bundle.hashes().entrySet()) {
            Entry last = before.get(e.getKey());
            files.put(e.getKey(), last != null && last.hash().equals(e.getValue()) ? last
                    : new Entry(e.getValue(), bundle.size(e.getKey())));
        }
        return new DeployManifest(files);
    }

    /**
     * The manifest in {@code bytes}, or empty when it cannot be trusted (damaged, another format or hash, an unsafe
     * path): the deploy then lists the target instead.
     */
    static Optional<DeployManifest> parse(byte[] bytes) {
        try {
            JsonNode tree = JSON.readTree(bytes);
            if (tree == null || tree.path("format").asInt() != FORMAT
                    || !LocalBundle.FILE_HASH.equals(tree.path("fileHash").asText()) || !tree.path("files").isObject()) {
                LOG.info("The target's {} is of another format; checking the remote files instead", FILE);
                return Optional.empty();
            }
            SortedMap<String, Entry> files = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = tree.path("files").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (!SitePaths.isSafe(e.getKey()) || !v.path("hash").isTextual() || !v.path("size").canConvertToLong()) {
                    LOG.warn("The target's {} names a bad entry '{}'; checking the remote files instead", FILE, e.getKey());
                    return Optional.empty();
                }
                files.put(e.getKey(), new Entry(v.path("hash").asText(), v.path("size").asLong()));
            }
            return Optional.of(new DeployManifest(files));
        } catch (IOException e) {
            LOG.warn("The target's {} is unreadable; checking the remote files instead", FILE, e);
            return Optional.empty();
        }
    }

    byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + files.size() * 96);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("fileHash", LocalBundle.FILE_HASH);
            g.writeObjectFieldStart("files");
            for (Map.Entry<String, Entry> e : files.entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("hash", e.getValue().hash());
                g.writeNumberField("size", e.getValue().size());
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
