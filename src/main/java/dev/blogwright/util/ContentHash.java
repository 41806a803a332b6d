package dev.blogwright.util;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3 x64 128-bit over bytes, as 32 hexadecimal digits: the export manifest's hash of each file of a bundle.
 * SHA-256 did this before and was a tenth of a full export's CPU with the command-line launcher's C1-only JIT, which
 * has no SHA intrinsic; a manifest hash only has to tell a changed file from the one before it (see
 * {@link TextFingerprint} on why a non-cryptographic hash is enough for that).
 */
public final class ContentHash {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ContentHash() {
    }

    public static String of(byte[] content) {
        return of(content, 0, content.length);
    }

    public static String of(byte[] content, int offset, int length) {
        return seeded(content, offset, length, 0);
    }

    /** With another seed: only for checking the function against MurmurHash3's published verification value. */
    static String seeded(byte[] content, int offset, int length, long seed) {
        Murmur3 hash = new Murmur3(seed);
        int blocks = length / 16;
        for (int i = 0; i < blocks; i++) {
            int at = offset + i * 16;
            hash.block((long) LONGS.get(content, at), (long) LONGS.get(content, at + 8));
        }
        int tail = offset + blocks * 16;
        int tailBytes = length - blocks * 16;
        long k1 = 0;
        long k2 = 0;
        for (int i = 0; i < tailBytes; i++) {
            long b = content[tail + i] & 0xffL;
            if (i < 8) {
                k1 |= b << (8 * i);
            } else {
                k2 |= b << (8 * (i - 8));
            }
        }
        return hash.finish(k1, k2, tailBytes, length);
    }
}
