package dev.blogwright.util;

import java.nio.charset.StandardCharsets;

/**
 * The state of MurmurHash3's x64 128-bit function (Austin Appleby, public domain): fed 16-byte blocks as two
 * little-endian longs, then finished with the tail and the length. {@link TextFingerprint} and {@link ContentHash}
 * feed it characters and bytes.
 */
final class Murmur3 {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    private long h1;
    private long h2;

    Murmur3(long seed) {
        h1 = seed;
        h2 = seed;
    }

    void block(long k1, long k2) {
        h1 ^= mixK1(k1);
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mixK2(k2);
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    /**
     * The hash as 32 hexadecimal digits, after the last {@code tailBytes} (0-15) bytes packed little-endian into
     * {@code k1} (the first 8) and {@code k2}, of {@code totalBytes} in all.
     */
    String finish(long k1, long k2, int tailBytes, long totalBytes) {
        long a = h1;
        long b = h2;
        if (tailBytes > 8) {
            b ^= mixK2(k2);
        }
        if (tailBytes > 0) {
            a ^= mixK1(k1);
        }
        a ^= totalBytes;
        b ^= totalBytes;
        a += b;
        b += a;
        a = fmix64(a);
        b = fmix64(b);
        a += b;
        b += a;
        // One array and one string: HexFormat made two strings and a concatenation, and an export of 10,000 posts
        // finishes some 40,000 fingerprints in a process that lives two seconds and should not need a collection.
        byte[] hex = new byte[32];
        hexDigits(a, hex, 0);
        hexDigits(b, hex, 16);
        return new String(hex, StandardCharsets.ISO_8859_1);
    }

    /** {@code v} as 16 lower-case hexadecimal digits, most significant first, as HexFormat writes it. */
    private static void hexDigits(long v, byte[] out, int at) {
        for (int i = 15; i >= 0; i--) {
            out[at + i] = DIGITS[(int) (v & 0xf)];
            v >>>= 4;
        }
    }

    private static long mixK1(long k) {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    private static long mixK2(long k) {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    private static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
