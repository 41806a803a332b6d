package dev.blogwright.logic.export.cache;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.blogwright.logic.FastPaths;
import dev.blogwright.logic.FastPaths.Switch;
import dev.blogwright.logic.export.output.JsonOutput;
import dev.blogwright.util.ContentHash;
import dev.blogwright.util.PathKeyedJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an export knows of the bundle it wrote, in two files of the bundle. {@code .blogwright-manifest.json}, for
 * people and upload tools: every file's path and content hash (MurmurHash3 x64-128 of its bytes, see
 * {@link ContentHash}; named in {@code fileHash}), so a re-export or an uploader can diff, and an export knows which
 * files of the folder are its own. {@code .blogwright-cache}, for the next export only ({@link ManifestCache}):
 * {@code pages}, the fingerprint of what each page was made from and its size, so a re-export can keep a page
 * without making it; {@code renders}, the {@link RenderFacts} of each post body by its fingerprint, so listings are
 * built without rendering unchanged bodies; {@code fragments}, the few rendered bodies the feeds carry.
 */
public final class Manifest {
    public static final String FILE = ".blogwright-manifest.json";
    /** The manifest's companion for the next export (see {@link ManifestCache}); not part of the site either. */
    public static final String CACHE_FILE = ManifestCache.FILE;
    static final int VERSION = 4;
    static final String FILE_HASH = "murmur3-x64-128";
    private static final Logger LOG = LoggerFactory.getLogger(Manifest.class);
    private static final byte[] JSON_START = ("{\"fileHash\":\"" + FILE_HASH + "\",\"files\":{")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON_END = ("},\"version\":" + VERSION + "}\n").getBytes(StandardCharsets.UTF_8);

    /**
     * A page's input fingerprint (see {@link InputKeys}) and the size of the file it gave; {@code sources}, when not
     * null, fingerprints what {@code inputs} were worked out from (a post page's post, neighbours and site), so a new
     * process that finds the same sources takes the inputs as they are instead of working them out again.
     */
    public record Page(String inputs, long size, String sources) {
        public Page(String inputs, long size) {
            this(inputs, size, null);
        }

        /**
         * Written out: a manifest's write compares 10,000 of these with the previous export's, and a record's generated
         * equals links method handles at its first call (10-20 ms of a command-line export's main thread), then runs
         * through them.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Page other && size == other.size && Objects.equals(inputs, other.inputs)
                    && Objects.equals(sources, other.sources);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inputs, size, sources);
        }
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
    /**
     * The sections in key order as read or last written, so the next write of a manifest made from this one need
     * not sort or encode again what did not change (see {@link SortedSection}).
     */
    private SortedSection<String> fileOrder = SortedSection.empty();
    private SortedSection<Page> pageOrder = SortedSection.empty();
    private SortedSection<RenderFacts> renderOrder = SortedSection.empty();
    private SortedSection<String> fragmentOrder = SortedSection.empty();
    /** See {@link #sizeOnDisk}; set once by {@link #lookAtFiles}, before the manifest is handed on. */
    private volatile Map<String, Long> sizesOnDisk;

    public Manifest(Map<String, String> files, Map<String, Page> pages, Map<String, RenderFacts> renders,
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

    /**
     * The size on disk of {@code relative}, a file this manifest lists, as {@link #lookAtFiles} found it (-1 when it
     * was not a regular file); null when it was not looked at.
     */
    public Long sizeOnDisk(String relative) {
        Map<String, Long> found = sizesOnDisk;
        return found == null ? null : found.get(relative);
    }

    /**
     * Looks at the size of every listed file in {@code dir}, for an export that keeps most of them and checks each
     * one it keeps (a file edited by hand is made again): done by the early read of a new process, on its own thread,
     * the 10,500 lstat calls of a one-post deploy were half of its keep pass on the export's workers. A path that
     * would leave {@code dir}, or is none, is not looked at (the export refuses it when it gets there). Never throws,
     * as {@link #read} never does.
     */
    void lookAtFiles(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        Map<String, Long> found = new HashMap<>(files.size() * 4 / 3 + 1);
        for (String relative : files.keySet()) {
            Path file;
            try {
                file = root.resolve(relative).normalize();
            } catch (InvalidPathException e) {
                continue;
            }
            if (!file.startsWith(root) || file.equals(root)) {
                continue;
            }
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                found.put(relative, a.isRegularFile() ? a.size() : -1L);
            } catch (IOException | RuntimeException e) {
                found.put(relative, -1L);
            }
        }
        sizesOnDisk = found;
    }

    /** Every file of the bundle but the manifest and its cache, by path, with its content hash. */
    public Map<String, String> files() {
        return files;
    }

    /** What each page was made from and its size, by path, for the pages made from known inputs. */
    public Map<String, Page> pages() {
        return pages;
    }

    /** The facts of each rendered post body, by the body's fingerprint. */
    public Map<String, RenderFacts> renders() {
        return renders;
    }

    /** The rendered bodies the feeds carry, by the body's fingerprint. */
    public Map<String, String> fragments() {
        return fragments;
    }

    /** See {@link #complete}: whether every file of the folder not listed here was put there by someone else. */
    public boolean complete() {
        return complete;
    }

    public static Manifest empty() {
        return new Manifest(Map.of(), Map.of(), Map.of(), Map.of(), false);
    }

    /**
     * Reads the manifest and cache of the bundle in {@code dir}. Either being unreadable only costs speed (every page
     * is made again), so it is logged and treated as empty rather than failing the export; a manifest of another
     * version is read for its list of files, the only part whose meaning has not changed.
     */
    public static Manifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Map<String, String> files = new HashMap<>();
        List<String> order = new ArrayList<>();
        int version = 0;
        try (JsonParser in = PathKeyedJson.FACTORY.createParser(file.toFile())) {
            expect(in.nextToken(), JsonToken.START_OBJECT);
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String section = in.getCurrentName();
                JsonToken value = in.nextToken();
                if (section.equals("files")) {
                    expect(value, JsonToken.START_OBJECT);
                    while (in.nextToken() == JsonToken.FIELD_NAME) {
                        String path = in.getCurrentName();
                        in.nextToken();
                        files.put(path, in.getValueAsString());
                        order.add(path);
                    }
                } else if (section.equals("version")) {
                    version = in.getValueAsInt();
                } else {
                    in.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The manifest {} is unreadable; every file of the bundle is made again", file, e);
            return empty();
        }
        ManifestCache cache = version == VERSION ? ManifestCache.read(dir.resolve(ManifestCache.FILE)) : null;
        Manifest manifest = cache == null ? new Manifest(files, Map.of(), Map.of(), Map.of())
                : new Manifest(files, cache.pages(), cache.renders(), cache.fragments());
        manifest.fileOrder = order.size() == files.size() ? SortedSection.readInOrder(order) : SortedSection.empty();
        if (cache != null) {
            manifest.pageOrder = cache.pageOrder();
            manifest.renderOrder = cache.renderOrder();
            manifest.fragmentOrder = cache.fragmentOrder();
        }
        return manifest;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }

    /**
     * Writes the manifest and its cache into {@code dir}; the cache first, as a patch moves them in that order.
     * What did not change since {@code previous} (the manifest this export started from) is neither sorted nor
     * encoded again.
     */
    public void write(Path dir, Manifest previous) throws IOException {
        if (!FastPaths.on(Switch.SORTED_SECTION)) {
            // Sorted and encoded from nothing, as if there were no previous manifest.
            previous = empty();
        }
        pageOrder = previous.pageOrder.next(pages);
        renderOrder = previous.renderOrder.next(renders);
        fragmentOrder = previous.fragmentOrder.next(fragments);
        ManifestCache.write(dir.resolve(ManifestCache.FILE), pageOrder, renderOrder, fragmentOrder);
        fileOrder = previous.fileOrder.next(files);
        Files.write(dir.resolve(FILE), toJson());
    }

    /**
     * Compact JSON with sorted keys, as Jackson writes it (tested), the entries of the file list encoded by
     * {@link #write} and kept for the next write: at 10,000 posts it lists 10,500 files.
     */
    private byte[] toJson() throws IOException {
        if (!FastPaths.on(Switch.MANIFEST_JSON)) {
            return jackson();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(files.size() * 96 + 256);
        bytes.write(JSON_START);
        fileOrder.write(bytes, Manifest::fileEntry, ',');
        bytes.write(JSON_END);
        return bytes.toByteArray();
    }

    /** The same JSON through Jackson, the library way. */
    private byte[] jackson() throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fileHash", FILE_HASH);
        json.put("files", new TreeMap<>(files));
        json.put("version", VERSION);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(files.size() * 96 + 256);
        JsonOutput.MAPPER.writeValue(bytes, json);
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** {@code "path":"hash"}, escaped as Jackson escapes strings. */
    private static byte[] fileEntry(String path, String hash) {
        if (plain(path) && plain(hash)) {
            // Nearly every path and every hash: printable ASCII with nothing to escape, one byte per character.
            byte[] entry = new byte[path.length() + hash.length() + 5];
            entry[0] = '"';
            ascii(path, entry, 1);
            entry[path.length() + 1] = '"';
            entry[path.length() + 2] = ':';
            entry[path.length() + 3] = '"';
            ascii(hash, entry, path.length() + 4);
            entry[entry.length - 1] = '"';
            return entry;
        }
        return ("\"" + quoted(path) + "\":\"" + quoted(hash) + "\"").getBytes(StandardCharsets.UTF_8);
    }

    private static void ascii(String s, byte[] into, int at) {
        for (int i = 0; i < s.length(); i++) {
            into[at + i] = (byte) s.charAt(i);
        }
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Jackson's escapes, and like its UTF-8 generator each surrogate (paired or not) as a {@code \\u} escape. */
    private static String quoted(String s) {
        char[] escaped = JsonStringEncoder.getInstance().quoteAsString(s);
        StringBuilder out = new StringBuilder(escaped.length);
        for (char c : escaped) {
            if (Character.isSurrogate(c)) {
                out.append("\\u").append(HexFormat.of().withUpperCase().toHexDigits(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
