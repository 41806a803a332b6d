package dev.blogwright.logic.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
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
     * path): the deploy then lists the target instead. Read as a token stream, not a tree: a 10,000-entry manifest
     * (1.1 MB) is parsed by every deploy, beside the export, and the tree of 30,000 nodes was most of that work.
     */
    static Optional<DeployManifest> parse(byte[] bytes) {
        try (JsonParser p = JSON.getFactory().createParser(bytes)) {
            int format = 0;
            String fileHash = null;
            SortedMap<String, Entry> files = null;
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.getCurrentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("format") && value.isScalarValue()) {
                        format = p.getValueAsInt(); // as the tree model read it: 1, 1.0 and "1" alike
                    } else if (field.equals("fileHash")) {
                        fileHash = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    } else if (field.equals("files") && value == JsonToken.START_OBJECT) {
                        files = new TreeMap<>();
                        String bad = readFiles(p, files);
                        if (bad != null) {
                            LOG.warn("The target's {} names a bad entry '{}'; checking the remote files instead", FILE,
                                    bad);
                            return Optional.empty();
                        }
                    } else {
                        if (field.equals("files")) {
                            files = null;
                        }
                        p.skipChildren();
                    }
                }
            }
            if (format != FORMAT || !LocalBundle.FILE_HASH.equals(fileHash) || files == null) {
                LOG.info("The target's {} is of another format; checking the remote files instead", FILE);
                return Optional.empty();
            }
            return Optional.of(new DeployManifest(files));
        } catch (IOException e) {
            LOG.warn("The target's {} is unreadable; checking the remote files instead", FILE, e);
            return Optional.empty();
        }
    }

    /**
     * Reads the {@code files} object's entries into {@code files}; the parser is on its START_OBJECT and is left on
     * its END_OBJECT. Returns the first entry that is not a safe path with a text hash and a whole size, or null.
     */
    private static String readFiles(JsonParser p, SortedMap<String, Entry> files) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String path = p.getCurrentName();
            String hash = null;
            Long size = null;
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.getCurrentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("hash")) {
                        hash = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    } else if (field.equals("size")) {
                        size = wholeNumber(p, value);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            if (hash == null || size == null || !SitePaths.isSafe(path)) {
                return path;
            }
            files.put(path, new Entry(hash, size));
        }
        return null;
    }

    /** A size as the tree model took it: an integer that fits a long, or a number within a long's range, cut. */
    private static Long wholeNumber(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = p.getNumberType();
            return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG ? p.getLongValue() : null;
        }
        if (value == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            return d >= Long.MIN_VALUE && d <= Long.MAX_VALUE ? (long) d : null;
        }
        return null;
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
