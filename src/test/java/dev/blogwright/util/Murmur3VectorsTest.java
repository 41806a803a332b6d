package dev.blogwright.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Random;
import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

/**
 * The manifest names its file hash "murmur3-x64-128" for upload tools to compare against, so the function must be
 * the published one: checked against SMHasher's verification value and Apache Commons Codec, both written by others.
 */
class Murmur3VectorsTest {
    /** SMHasher's VerificationTest for MurmurHash3_x64_128 (the value in its main.cpp table). */
    private static final int SMHASHER_VERIFICATION = 0x6384BA69;

    @Test
    void matchesSmhasherVerificationValue() {
        ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        byte[] key = new byte[256];
        for (int i = 0; i < 256; i++) {
            key[i] = (byte) i;
            hashes.writeBytes(rawBytes(ContentHash.seeded(key, 0, i, 256 - i)));
        }
        byte[] all = hashes.toByteArray();
        byte[] last = rawBytes(ContentHash.seeded(all, 0, all.length, 0));
        int verification = (last[0] & 0xff) | (last[1] & 0xff) << 8 | (last[2] & 0xff) << 16 | (last[3] & 0xff) << 24;
        assertThat(verification).isEqualTo(SMHASHER_VERIFICATION);
    }

    @Test
    void agreesWithCommonsCodecForEveryTailLength() {
        Random random = new Random(17);
        for (int length = 0; length < 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            long[] codec = MurmurHash3.hash128x64(bytes, 0, length, 0);
            String expected = HexFormat.of().toHexDigits(codec[0]) + HexFormat.of().toHexDigits(codec[1]);
            assertThat(ContentHash.of(bytes)).as("length %d", length).isEqualTo(expected);
        }
    }

    /** The 16 bytes the C function writes: h1 then h2, each little-endian; our hex gives each as a big-endian long. */
    private static byte[] rawBytes(String hex) {
        byte[] big = HexFormat.of().parseHex(hex);
        byte[] raw = new byte[16];
        for (int i = 0; i < 8; i++) {
            raw[i] = big[7 - i];
            raw[8 + i] = big[15 - i];
        }
        return raw;
    }
}
