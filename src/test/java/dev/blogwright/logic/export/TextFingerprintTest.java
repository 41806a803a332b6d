package dev.blogwright.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    /**
     * The reference MurmurHash3_x64_128 (Austin Appleby's C++ code, transcribed) over bytes: the fingerprint must be
     * exactly that function over the stream's UTF-16LE bytes.
     */
    private static String reference(byte[] data, long seed) {
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

    /** The characters the fingerprint hashes for {@code parts}: each part's length as two chars, then the part. */
    private static byte[] stream(List<String> parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            s.append((char) (p.length() >>> 16)).append((char) p.length()).append(p);
        }
        return s.toString().getBytes(StandardCharsets.UTF_16LE);
    }

    private static String fingerprint(long seed, List<String> parts) {
        TextFingerprint f = new TextFingerprint(seed);
        parts.forEach(f::addPart);
        return f.hex();
    }

    @Test
    void isMurmurHash3OverTheUtf16Stream() {
        // No surrogates: an unpaired one would not survive the reference's encoding to UTF-16LE bytes.
        Random random = new Random(7);
        for (int length = 0; length < 40; length++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0xD800)));
            }
            List<String> parts = List.of("build 1", text.toString());
            assertThat(fingerprint(2, parts)).as("length %d", length).isEqualTo(reference(stream(parts), 2));
        }
    }

    @Test
    void anyChangeOrRegroupingGivesAnotherKey() {
        Set<String> keys = new HashSet<>();
        keys.add(fingerprint(1, List.of("ab", "c")));
        keys.add(fingerprint(1, List.of("a", "bc")));
        keys.add(fingerprint(1, List.of("abc")));
        keys.add(fingerprint(1, List.of("abd")));
        keys.add(fingerprint(2, List.of("abc")));
        keys.add(fingerprint(1, List.of("abc", "")));
        assertThat(keys).hasSize(6);
        assertThat(fingerprint(1, List.of("abc"))).hasSize(32).isEqualTo(fingerprint(1, List.of("abc")));
    }
}
