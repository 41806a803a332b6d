package dev.blogwright.logic.export;

import java.util.HexFormat;

/**
 * A 128-bit fingerprint of a stream of UTF-16 text: MurmurHash3's x64 128-bit function over the characters, four to
 * a 64-bit word, computed without encoding the text to bytes first.
 *
 * <p>The export's cache keys only need to tell an edited input from the one before it, and a 128-bit hash makes an
 * accidental match between the two vanishingly unlikely; it is not meant to resist a collision made on purpose
 * (the inputs are the author's own posts). SHA-256 did this before and was half the CPU of a re-export after one
 * change: with the command-line launcher's C1-only JIT the SHA intrinsic is not used, and every body had to be
 * encoded to UTF-8 first.
 */
final class TextFingerprint {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    /** Characters of the current 8-character block, packed as they come. */
    private long k1;
    private long k2;
    private int inBlock;
    private long chars;

    TextFingerprint(long seed) {
        h1 = seed;
        h2 = seed;
    }

    /** Adds the length and then the characters, so ("ab", "c") and ("a", "bc") never give the same stream. */
    TextFingerprint addPart(String text) {
        String s = text == null ? "" : text;
        addLength(s.length());
        for (int i = 0; i < s.length(); i++) {
            add(s.charAt(i));
        }
        return this;
    }

    private void addLength(int length) {
        add((char) (length >>> 16));
        add((char) length);
    }

    private void add(char c) {
        int slot = inBlock & 3;
        if (inBlock < 4) {
            k1 |= (long) c << (16 * slot);
        } else {
            k2 |= (long) c << (16 * slot);
        }
        chars++;
        if (++inBlock == 8) {
            mixBlock();
        }
    }

    private void mixBlock() {
        h1 ^= mixK1(k1);
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mixK2(k2);
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
        k1 = 0;
        k2 = 0;
        inBlock = 0;
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

    /** The fingerprint as 32 hexadecimal digits. */
    String hex() {
        long a = h1;
        long b = h2;
        if (inBlock > 4) {
            b ^= mixK2(k2);
        }
        if (inBlock > 0) {
            a ^= mixK1(k1);
        }
        long bytes = chars * 2;
        a ^= bytes;
        b ^= bytes;
        a += b;
        b += a;
        a = fmix64(a);
        b = fmix64(b);
        a += b;
        b += a;
        return HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b);
    }
}
