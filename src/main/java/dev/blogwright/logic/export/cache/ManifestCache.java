package dev.blogwright.logic.export.cache;

import dev.blogwright.logic.FileBytes;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * share of a re-export after one change. Entries are sorted, so the same bundle gives the same bytes. Written into
 * the staging folder beside the new manifest and committed with it, so it never describes another bundle's pages.
 */
record ManifestCache(Map<String, Manifest.Page> pages, Map<String, RenderFacts> renders,
                     Map<String, String> fragments, SortedSection<Manifest.Page> pageOrder,
                     SortedSection<RenderFacts> renderOrder, SortedSection<String> fragmentOrder) {
    static final String FILE = ".blogwright-cache";
    private static final long MAGIC = 0x42570a4558504f52L;
    /** 2: a page's sources (see {@link Manifest.Page}); an older cache is not read, so every page is made again. */
    private static final int VERSION = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ManifestCache.class);

    /** The cache in {@code file}, or null when it is missing or unreadable (then every page is made again). */
    static ManifestCache read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            // Read whole, so each entry's bytes can be kept as they are and written again without encoding them.
            ByteBuffer in = ByteBuffer.wrap(FileBytes.read(file));
            if (in.getLong() != MAGIC || in.getInt() != VERSION) {
                return null;
            }
            Section<Manifest.Page> pages = new Section<>(in.getInt());
            for (int i = pages.count; i > 0; i--) {
                int start = in.position();
                String key = string(in);
                String inputs = string(in);
                long size = in.getLong();
                String sources = string(in);
                pages.add(in, start, key, new Manifest.Page(inputs, size, sources.isEmpty() ? null : sources));
            }
            Section<RenderFacts> renders = new Section<>(in.getInt());
            for (int i = renders.count; i > 0; i--) {
                int start = in.position();
                String key = string(in);
                String excerpt = string(in);
                int words = in.getInt();
                int assetCount = in.getInt();
                Set<String> assets = assetCount == 0 ? Set.of() : new TreeSet<>();
                for (int a = 0; a < assetCount; a++) {
                    assets.add(string(in));
                }
                renders.add(in, start, key, new RenderFacts(excerpt, words, assets));
            }
            Section<String> fragments = new Section<>(in.getInt());
            for (int i = fragments.count; i > 0; i--) {
                int start = in.position();
                String key = string(in);
                fragments.add(in, start, key, string(in));
            }
            if (in.hasRemaining()) {
                throw new IOException("trailing bytes");
            }
            byte[] read = in.array();
            return new ManifestCache(pages.map, renders.map, fragments.map, pages.sorted(read), renders.sorted(read),
                    fragments.sorted(read));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The export cache {} is unreadable; every page of the bundle is made again", file, e);
            return null;
        }
    }

    /** One section as read: its entries by key and, in file order, their keys, values and bytes. */
    private static final class Section<V> {
        final int count;
        final Map<String, V> map;
        final List<String> keys;
        final List<V> values;
        /** Where each entry is in the file read, as {@link SortedSection#span} puts it. */
        long[] spans;

        Section(int count) throws IOException {
            if (count < 0) {
                throw new IOException("a section of " + count + " entries");
            }
            this.count = count;
            int capacity = Math.min(count, 1 << 20);
            map = new HashMap<>(capacity * 2);
            keys = new ArrayList<>(capacity);
            values = new ArrayList<>(capacity);
            spans = new long[capacity];
        }

        void add(ByteBuffer in, int start, String key, V value) {
            map.put(key, value);
            if (keys.size() == spans.length) {
                spans = Arrays.copyOf(spans, Math.max(16, spans.length * 2));
            }
            spans[keys.size()] = SortedSection.span(start, in.position());
            keys.add(key);
            values.add(value);
        }

        /** The section in key order, unless a key was there twice or out of order. */
        SortedSection<V> sorted(byte[] file) {
            return map.size() == keys.size() ? SortedSection.readInOrder(keys, values, file, spans)
                    : SortedSection.empty();
        }
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
            string(out, page.sources() == null ? "" : page.sources());
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

    /** UTF-8 with an int length ({@link LongStrings}). */
    private static void string(DataOutputStream out, String s) throws IOException {
        LongStrings.write(out, s);
    }

    private static String string(ByteBuffer in) throws IOException {
        return LongStrings.read(in);
    }
}
