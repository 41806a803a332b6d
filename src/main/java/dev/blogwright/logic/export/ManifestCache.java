package dev.blogwright.logic.export;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundle's {@code .blogwright-cache}: the part of the {@link Manifest} only the next export reads (page
 * fingerprints, render facts, feed fragments), in a plain binary form. At 10,000 posts it is megabytes, mostly
 * excerpts; as JSON it took a one-shot export a few hundred milliseconds to parse and as long to write, a large
 * share of a re-export after one change. Entries are sorted, so the same bundle gives the same bytes.
 */
record ManifestCache(Map<String, Manifest.Page> pages, Map<String, RenderFacts> renders,
                     Map<String, String> fragments, SortedSection<Manifest.Page> pageOrder,
                     SortedSection<RenderFacts> renderOrder, SortedSection<String> fragmentOrder) {
    static final String FILE = ".blogwright-cache";
    private static final long MAGIC = 0x42570a4558504f52L;
    private static final int VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(ManifestCache.class);

    /** The cache in {@code file}, or null when it is missing or unreadable (then every page is made again). */
    static ManifestCache read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readLong() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            int count = in.readInt();
            Map<String, Manifest.Page> pages = new HashMap<>(count * 2);
            List<String> pageOrder = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String key = string(in);
                pages.put(key, new Manifest.Page(string(in), in.readLong()));
                pageOrder.add(key);
            }
            count = in.readInt();
            Map<String, RenderFacts> renders = new HashMap<>(count * 2);
            List<String> renderOrder = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String key = string(in);
                renderOrder.add(key);
                String excerpt = string(in);
                int words = in.readInt();
                int assetCount = in.readInt();
                Set<String> assets = new TreeSet<>();
                for (int a = 0; a < assetCount; a++) {
                    assets.add(string(in));
                }
                renders.put(key, new RenderFacts(excerpt, words, assets));
            }
            count = in.readInt();
            Map<String, String> fragments = new HashMap<>(count * 2);
            List<String> fragmentOrder = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String key = string(in);
                fragments.put(key, string(in));
                fragmentOrder.add(key);
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new ManifestCache(pages, renders, fragments, inOrder(pages, pageOrder),
                    inOrder(renders, renderOrder), inOrder(fragments, fragmentOrder));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The export cache {} is unreadable; every page of the bundle is made again", file, e);
            return null;
        }
    }

    /** The keys as read, unless one was there twice. */
    private static <V> SortedSection<V> inOrder(Map<String, V> map, List<String> order) {
        return map.size() == order.size() ? SortedSection.readInOrder(order) : SortedSection.empty();
    }

    /** Writes the three sections; entries already encoded by an earlier write are copied as they are. */
    static void write(Path file, SortedSection<Manifest.Page> pages, SortedSection<RenderFacts> renders,
                      SortedSection<String> fragments) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(pages.size());
            pages.write(out, ManifestCache::pageEntry, -1);
            out.writeInt(renders.size());
            renders.write(out, ManifestCache::renderEntry, -1);
            out.writeInt(fragments.size());
            fragments.write(out, ManifestCache::fragmentEntry, -1);
        }
    }

    private static byte[] pageEntry(String key, Manifest.Page page) {
        return entry(out -> {
            string(out, key);
            string(out, page.inputs());
            out.writeLong(page.size());
        });
    }

    private static byte[] renderEntry(String key, RenderFacts facts) {
        return entry(out -> {
            string(out, key);
            string(out, facts.excerpt());
            out.writeInt(facts.words());
            Set<String> assets = facts.assets();
            out.writeInt(assets.size());
            for (String asset : assets.size() < 2 ? assets : new TreeSet<>(assets)) {
                string(out, asset);
            }
        });
    }

    private static byte[] fragmentEntry(String key, String html) {
        return entry(out -> {
            string(out, key);
            string(out, html);
        });
    }

    private interface EntryWriter {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] entry(EntryWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** UTF-8 with an int length: DataOutput's own writeUTF stops at 64 KB, less than a long post's HTML. */
    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 28) {
            throw new IOException("a string of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
