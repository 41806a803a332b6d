package dev.blogwright.util;

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
public final class TextFingerprint {
    private final Murmur3 hash;
    /** Characters of the current 8-character block, packed as they come. */
    private long k1;
    private long k2;
    private int inBlock;
    private long chars;

    public TextFingerprint(long seed) {
        hash = new Murmur3(seed);
    }

    /** The fingerprint of one text alone: what the library stores of each post body to tell edits apart. */
    public static String of(String text) {
        return new TextFingerprint(0).addPart(text).hex();
    }

    /** Adds the length and then the characters, so ("ab", "c") and ("a", "bc") never give the same stream. */
    public TextFingerprint addPart(String text) {
        String s = text == null ? "" : text;
        add((char) (s.length() >>> 16));
        add((char) s.length());
        return addChars(s);
    }

    /**
     * Adds characters as they are, without their length: for a caller whose stream marks where each value ends
     * (InputKeys writes a type and a length before each), which then needs no copy of its values to hash them.
     */
    public TextFingerprint addChars(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && inBlock != 0) {
            add(s.charAt(i++));
        }
        // Whole blocks straight from the text, in locals: the same bits as one character at a time, but the
        // command-line launcher's C1-only JIT kept the per-character fields in memory, and this is most of what a
        // cold re-export hashes.
        int blocks = (n - i) >>> 3;
        for (int b = 0; b < blocks; b++, i += 8) {
            long first = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48;
            long second = s.charAt(i + 4) | (long) s.charAt(i + 5) << 16 | (long) s.charAt(i + 6) << 32
                    | (long) s.charAt(i + 7) << 48;
            hash.block(first, second);
        }
        chars += 8L * blocks;
        while (i < n) {
            add(s.charAt(i++));
        }
        return this;
    }

    /**
     * Adds {@code n} in decimal, the characters {@link Long#toString(long)} gives, without making that string: keys
     * write a number or two for each of 10,000 posts in every export.
     */
    public TextFingerprint addDecimal(long n) {
        if (n == Long.MIN_VALUE) {
            return addChars(Long.toString(n));
        }
        if (n < 0) {
            add('-');
            n = -n;
        }
        long power = 1;
        while (power <= n / 10) {
            power *= 10;
        }
        for (; power > 0; power /= 10) {
            add((char) ('0' + n / power % 10));
        }
        return this;
    }

    /** Adds one character as it is; see {@link #addChars}. */
    public TextFingerprint addChar(char c) {
        add(c);
        return this;
    }

    private void add(char c) {
        if (inBlock < 4) {
            k1 |= (long) c << (16 * inBlock);
        } else {
            k2 |= (long) c << (16 * (inBlock - 4));
        }
        chars++;
        if (++inBlock == 8) {
            hash.block(k1, k2);
            k1 = 0;
            k2 = 0;
            inBlock = 0;
        }
    }

    /** The fingerprint as 32 hexadecimal digits. */
    public String hex() {
        return hash.finish(k1, k2, inBlock * 2, chars * 2);
    }
}
