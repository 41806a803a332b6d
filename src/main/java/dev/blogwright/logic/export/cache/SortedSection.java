package dev.blogwright.logic.export.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One section of the manifest or its cache as last written: its keys in sorted order and, where this process
 * wrote it, each entry's value and encoded bytes. A re-export writes a manifest that differs from the previous one
 * in a few entries; with this it neither sorts 10,000 keys again nor encodes again an entry whose value is the
 * same, which was a fifth of a warm re-export. A section read from disk knows its keys (files list them sorted)
 * but no bytes.
 */
final class SortedSection<V> {
    /** Encodes one entry, key and value, as the section's file holds it. */
    @FunctionalInterface
    interface Encoder<V> {
        byte[] encode(String key, V value);
    }

    private static final SortedSection<?> EMPTY = new SortedSection<>(new String[0], null, null, null, null);

    private final String[] keys;
    /** The entries' values and bytes, index for index with the keys; both null when not known. */
    private final Object[] values;
    private final byte[][] bytes;
    /**
     * The file this section's entries were read from, and each entry's place in it ({@code start << 32 | end}, 0 for
     * none): an entry read and unchanged is written again from there. A copy of each entry's bytes was a tenth of
     * what a one-post deploy of 10,000 posts allocated, and such a process should need no collection.
     */
    private final byte[] source;
    private final long[] spans;

    private SortedSection(String[] keys, Object[] values, byte[][] bytes, byte[] source, long[] spans) {
        this.keys = keys;
        this.values = values;
        this.bytes = bytes;
        this.source = source;
        this.spans = spans;
    }

    @SuppressWarnings("unchecked")
    static <V> SortedSection<V> empty() {
        return (SortedSection<V>) EMPTY;
    }

    /**
     * The section whose keys were read in this order; empty (nothing to go on) unless they are strictly sorted,
     * as a manifest edited by hand need not be.
     */
    static <V> SortedSection<V> readInOrder(List<String> keys) {
        return readInOrder(keys, null, null, null);
    }

    /**
     * As {@link #readInOrder(List)}, with each entry's value and where its bytes are in {@code source} (see
     * {@link #span}); all null when not known.
     */
    static <V> SortedSection<V> readInOrder(List<String> keys, List<V> values, byte[] source, long[] spans) {
        for (int i = 1; i < keys.size(); i++) {
            if (keys.get(i - 1).compareTo(keys.get(i)) >= 0) {
                return empty();
            }
        }
        boolean known = values != null && source != null && spans != null && spans.length >= keys.size();
        return new SortedSection<>(keys.toArray(new String[0]), known ? values.toArray() : null,
                known ? new byte[keys.size()][] : null, known ? source : null,
                known ? Arrays.copyOf(spans, keys.size()) : null);
    }

    /** The place of the bytes from {@code start} to {@code end} of a section's source, as {@link #spans} hold it. */
    static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    int size() {
        return keys.length;
    }

    /**
     * The section holding {@code map}: keys this one has keep its order, new keys are sorted and merged in, and an
     * entry whose value equals this one's keeps its bytes. Encoding is left to {@link #write}.
     */
    SortedSection<V> next(Map<String, ? extends V> map) {
        int size = map.size();
        String[] nextKeys = new String[size];
        Object[] nextValues = new Object[size];
        byte[][] nextBytes = new byte[size][];
        long[] nextSpans = source == null ? null : new long[size];
        int kept = 0;
        for (int i = 0; i < keys.length; i++) {
            V value = map.get(keys[i]);
            if (value == null) {
                continue;
            }
            nextKeys[kept] = keys[i];
            nextValues[kept] = value;
            Object old = values == null ? null : values[i];
            boolean same = old != null && (old == value || old.equals(value));
            nextBytes[kept] = same ? bytes[i] : null;
            if (nextSpans != null) {
                nextSpans[kept] = same ? spans[i] : 0;
            }
            kept++;
        }
        if (kept == size) {
            return new SortedSection<>(nextKeys, nextValues, nextBytes, source, nextSpans);
        }
        List<String> added = new ArrayList<>(size - kept);
        for (String key : map.keySet()) {
            if (Arrays.binarySearch(keys, key) < 0) {
                added.add(key);
            }
        }
        added.sort(null);
        String[] mergedKeys = new String[size];
        Object[] mergedValues = new Object[size];
        byte[][] mergedBytes = new byte[size][];
        long[] mergedSpans = nextSpans == null ? null : new long[size];
        int a = 0;
        int k = 0;
        for (int m = 0; m < size; m++) {
            if (a < added.size() && (k == kept || added.get(a).compareTo(nextKeys[k]) < 0)) {
                mergedKeys[m] = added.get(a++);
                mergedValues[m] = map.get(mergedKeys[m]);
            } else {
                mergedKeys[m] = nextKeys[k];
                mergedValues[m] = nextValues[k];
                mergedBytes[m] = nextBytes[k];
                if (mergedSpans != null) {
                    mergedSpans[m] = nextSpans[k];
                }
                k++;
            }
        }
        return new SortedSection<>(mergedKeys, mergedValues, mergedBytes, source, mergedSpans);
    }

    /**
     * Writes the entries in key order, {@code separator} between two of them when it is not negative, encoding
     * those not encoded yet (and keeping their bytes for the next section made from this one).
     */
    @SuppressWarnings("unchecked")
    void write(OutputStream out, Encoder<? super V> encoder, int separator) throws IOException {
        for (int i = 0; i < keys.length; i++) {
            long span = spans == null ? 0 : spans[i];
            if (bytes[i] == null && span == 0) {
                bytes[i] = encoder.encode(keys[i], (V) values[i]);
            }
            if (separator >= 0 && i > 0) {
                out.write(separator);
            }
            if (bytes[i] != null) {
                out.write(bytes[i]);
            } else {
                int start = (int) (span >>> 32);
                out.write(source, start, (int) span - start);
            }
        }
    }
}
