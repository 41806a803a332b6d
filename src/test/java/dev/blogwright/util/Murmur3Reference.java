package dev.blogwright.util;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A plain transcription of MurmurHash3_x64_128, kept apart from the product's code so tests check against it. */
final class Murmur3Reference {
    private Murmur3Reference() {
    }

    /**
     * The reference MurmurHash3_x64_128 (Austin Appleby's C++ code, transcribed) over bytes, as 32 hexadecimal
     * digits (h1 then h2); what the export's fingerprints and content hashes must equal.
     */
    static String hash(byte[] data, long seed) {
        long c1 = 0x87c37b91114253d5L;
        long c2 = 0x4cf5ad432745937fL;
        long h1 = seed;
        long h2 = seed;
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int blocks = data.length / 16;
        for (int i = 0; i < blocks; i++) {
            long k1 = buf.getLong(i * 16);
            long k2 = buf.getLong(i * 16 + 8);
            k1 *= c1; k1 = Long.rotateLeft(k1, 31); k1 *= c2; h1 ^= k1;
            h1 = Long.rotateLeft(h1, 27); h1 += h2; h1 = h1 * 5 + 0x52dce729;
            k2 *= c2; k2 = Long.rotateLeft(k2, 33); k2 *= c1; h2 ^= k2;
            h2 = Long.rotateLeft(h2, 31); h2 += h1; h2 = h2 * 5 + 0x38495ab5;
        }
        long k1 = 0;
        long k2 = 0;
        int tail = blocks * 16;
        for (int i = data.length - tail - 1; i >= 8; i--) {
            k2 ^= (data[tail + i] & 0xffL) << (8 * (i - 8));
        }
        for (int i = Math.min(7, data.length - tail - 1); i >= 0; i--) {
            k1 ^= (data[tail + i] & 0xffL) << (8 * i);
        }
        if (data.length - tail > 8) {
            k2 *= c2; k2 = Long.rotateLeft(k2, 33); k2 *= c1; h2 ^= k2;
        }
        if (data.length - tail > 0) {
            k1 *= c1; k1 = Long.rotateLeft(k1, 31); k1 *= c2; h1 ^= k1;
        }
        h1 ^= data.length; h2 ^= data.length;
        h1 += h2; h2 += h1;
        h1 = fmix(h1); h2 = fmix(h2);
        h1 += h2; h2 += h1;
        return String.format("%016x%016x", h1, h2);
    }

    private static long fmix(long k) {
        k ^= k >>> 33; k *= 0xff51afd7ed558ccdL; k ^= k >>> 33; k *= 0xc4ceb9fe1a85ec53L; k ^= k >>> 33;
        return k;
    }

}
