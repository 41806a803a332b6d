package dev.blogwright.logic.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.blogwright.util.ContentHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundle's {@code .blogwright-manifest.json}. {@code files}: every file's path and content hash (MurmurHash3
 * x64-128 of its bytes, see {@link ContentHash}; named in {@code fileHash}), so a re-export (or an upload tool) can
 * diff, and an export knows which files of the folder are its own. {@code pages}: the fingerprint of what each page was made from and its size, so a
 * re-export can carry a page over without rendering it. {@code renders}: the {@link RenderFacts} of each post body
 * by its fingerprint, so listings can be built without rendering unchanged bodies. {@code fragments}: the few
 * rendered bodies the feeds carry (the newest posts), so a change elsewhere does not render all of them again.
 */
final class Manifest {
    static final int VERSION = 3;
    static final String FILE_HASH = "murmur3-x64-128";
    private static final Logger LOG = LoggerFactory.getLogger(Manifest.class);

    /** A page's input fingerprint (see {@link InputKeys}) and the size of the file it gave. */
    record Page(String inputs, long size) {
    }

    final Map<String, String> files;
    final Map<String, Page> pages;
    final Map<String, RenderFacts> renders;
    final Map<String, String> fragments;
    /**
     * True when read from a bundle: its files are all the files of the folder that an export made. False for a
     * missing or unreadable manifest, which tells no file of the folder apart as not ours.
     */
    final boolean complete;

    Manifest(Map<String, String> files, Map<String, Page> pages, Map<String, RenderFacts> renders,
             Map<String, String> fragments) {
        this(files, pages, renders, fragments, true);
    }

    private Manifest(Map<String, String> files, Map<String, Page> pages, Map<String, RenderFacts> renders,
                     Map<String, String> fragments, boolean complete) {
        this.files = files;
        this.pages = pages;
        this.renders = renders;
        this.fragments = fragments;
        this.complete = complete;
    }

    static Manifest empty() {
        return new Manifest(Map.of(), Map.of(), Map.of(), Map.of(), false);
    }

    /**
     * Reads a manifest of any version. An unreadable one only costs speed (every page is made again), so it is
     * logged and treated as empty rather than failing the export. Streamed: at 10,000 posts it is megabytes.
     */
    static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Map<String, String> files = new HashMap<>();
        Map<String, Page> pages = new HashMap<>();
        Map<String, RenderFacts> renders = new HashMap<>();
        Map<String, String> fragments = new HashMap<>();
        try (JsonParser in = JsonOutput.MAPPER.getFactory().createParser(file.toFile())) {
            expect(in.nextToken(), JsonToken.START_OBJECT);
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String section = in.getCurrentName();
                JsonToken value = in.nextToken();
                switch (section) {
                    case "files" -> readObject(in, value, path -> files.put(path, in.getValueAsString()));
                    case "pages" -> readObject(in, value, path -> pages.put(path, readPage(in)));
                    case "renders" -> readObject(in, value, key -> renders.put(key, readFacts(in)));
                    case "fragments" -> readObject(in, value, key -> fragments.put(key, in.getValueAsString()));
                    default -> in.skipChildren();
                }
            }
            return new Manifest(files, pages, renders, fragments);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The manifest {} is unreadable; every file of the bundle is made again", file, e);
            return empty();
        }
    }

    private interface FieldReader {
        void read(String name) throws IOException;
    }

    /** Reads an object's fields, each value's first token already current when {@code field} is called. */
    private static void readObject(JsonParser in, JsonToken start, FieldReader field) throws IOException {
        expect(start, JsonToken.START_OBJECT);
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.getCurrentName();
            in.nextToken();
            field.read(name);
        }
    }

    private static Page readPage(JsonParser in) throws IOException {
        String[] inputs = {null};
        long[] size = {-1};
        readObject(in, in.currentToken(), name -> {
            switch (name) {
                case "inputs" -> inputs[0] = in.getValueAsString();
                case "size" -> size[0] = in.getValueAsLong(-1);
                default -> in.skipChildren();
            }
        });
        return new Page(String.valueOf(inputs[0]), size[0]);
    }

    private static RenderFacts readFacts(JsonParser in) throws IOException {
        String[] excerpt = {""};
        int[] words = {0};
        Set<String> assets = new TreeSet<>();
        readObject(in, in.currentToken(), name -> {
            switch (name) {
                case "excerpt" -> excerpt[0] = in.getValueAsString("");
                case "words" -> words[0] = in.getValueAsInt(0);
                case "assets" -> {
                    expect(in.currentToken(), JsonToken.START_ARRAY);
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        assets.add(in.getValueAsString());
                    }
                }
                default -> in.skipChildren();
            }
        });
        return new RenderFacts(excerpt[0], words[0], assets);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }

    /** Compact JSON with sorted keys, streamed: only programs read it. */
    byte[] toJson() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (JsonGenerator out = JsonOutput.MAPPER.getFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeObjectFieldStart("files");
            for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
                out.writeStringField(e.getKey(), e.getValue());
            }
            out.writeEndObject();
            out.writeStringField("fileHash", FILE_HASH);
            out.writeObjectFieldStart("fragments");
            for (Map.Entry<String, String> e : new TreeMap<>(fragments).entrySet()) {
                out.writeStringField(e.getKey(), e.getValue());
            }
            out.writeEndObject();
            out.writeObjectFieldStart("pages");
            for (Map.Entry<String, Page> e : new TreeMap<>(pages).entrySet()) {
                out.writeObjectFieldStart(e.getKey());
                out.writeStringField("inputs", e.getValue().inputs());
                out.writeNumberField("size", e.getValue().size());
                out.writeEndObject();
            }
            out.writeEndObject();
            out.writeObjectFieldStart("renders");
            for (Map.Entry<String, RenderFacts> e : new TreeMap<>(renders).entrySet()) {
                out.writeObjectFieldStart(e.getKey());
                out.writeArrayFieldStart("assets");
                for (String asset : new TreeSet<>(e.getValue().assets())) {
                    out.writeString(asset);
                }
                out.writeEndArray();
                out.writeStringField("excerpt", e.getValue().excerpt());
                out.writeNumberField("words", e.getValue().words());
                out.writeEndObject();
            }
            out.writeEndObject();
            out.writeNumberField("version", VERSION);
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the manifest: " + e.getMessage(), e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

}
