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

    private static final SortedSection<?> EMPTY = new SortedSection<>(new String[0], null, null);

    private final String[] keys;
    /** The entries' values and bytes, index for index with the keys; both null when not known. */
    private final Object[] values;
    private final byte[][] bytes;

    private SortedSection(String[] keys, Object[] values, byte[][] bytes) {
        this.keys = keys;
        this.values = values;
        this.bytes = bytes;
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
        return readInOrder(keys, null, null);
    }

    /** As {@link #readInOrder(List)}, with each entry's value and its bytes as read (null when not known). */
    static <V> SortedSection<V> readInOrder(List<String> keys, List<V> values, List<byte[]> bytes) {
        for (int i = 1; i < keys.size(); i++) {
            if (keys.get(i - 1).compareTo(keys.get(i)) >= 0) {
                return empty();
            }
        }
        boolean known = values != null && bytes != null;
        return new SortedSection<>(keys.toArray(new String[0]), known ? values.toArray() : null,
                known ? bytes.toArray(new byte[0][]) : null);
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
        int kept = 0;
        for (int i = 0; i < keys.length; i++) {
            V value = map.get(keys[i]);
            if (value == null) {
                continue;
            }
            nextKeys[kept] = keys[i];
            nextValues[kept] = value;
            Object old = values == null ? null : values[i];
            nextBytes[kept] = old != null && (old == value || old.equals(value)) ? bytes[i] : null;
            kept++;
        }
        if (kept == size) {
            return new SortedSection<>(nextKeys, nextValues, nextBytes);
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
                k++;
            }
        }
        return new SortedSection<>(mergedKeys, mergedValues, mergedBytes);
    }

    /**
     * Writes the entries in key order, {@code separator} between two of them when it is not negative, encoding
     * those not encoded yet (and keeping their bytes for the next section made from this one).
     */
    @SuppressWarnings("unchecked")
    void write(OutputStream out, Encoder<? super V> encoder, int separator) throws IOException {
        for (int i = 0; i < keys.length; i++) {
            if (bytes[i] == null) {
                bytes[i] = encoder.encode(keys[i], (V) values[i]);
            }
            if (separator >= 0 && i > 0) {
                out.write(separator);
            }
            out.write(bytes[i]);
        }
    }
}
