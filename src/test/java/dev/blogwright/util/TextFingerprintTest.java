package dev.blogwright.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {
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
    void aNumberAddedInDecimalHashesAsItsText() {
        Random random = new Random(11);
        List<Long> numbers = new java.util.ArrayList<>(List.of(0L, 1L, -1L, 9L, 10L, 99L, 100L, -10L,
                999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE + 1));
        for (int i = 0; i < 200; i++) {
            numbers.add(random.nextLong() >> random.nextInt(64));
        }
        for (long n : numbers) {
            // After an odd start, so the digits also cross a block boundary somewhere.
            String asText = new TextFingerprint(3).addChars("#x").addChars(Long.toString(n)).addChar(';').hex();
            assertThat(new TextFingerprint(3).addChars("#x").addDecimal(n).addChar(';').hex()).as("%d", n)
                    .isEqualTo(asText);
        }
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
            assertThat(fingerprint(2, parts)).as("length %d", length).isEqualTo(Murmur3Reference.hash(stream(parts), 2));
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
    @Test
    void charactersGivenInPiecesHashAsOneStream() {
        // addChars takes whole blocks of eight straight from the text: every offset into a block and every length
        // must still hash the same stream as the reference.
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            StringBuilder all = new StringBuilder();
            TextFingerprint f = new TextFingerprint(5);
            int pieces = 1 + random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                StringBuilder piece = new StringBuilder();
                int length = random.nextInt(40);
                for (int i = 0; i < length; i++) {
                    piece.append((char) random.nextInt(0xD800));
                }
                if (random.nextBoolean()) {
                    f.addChars(piece);
                } else {
                    piece.chars().forEach(c -> f.addChar((char) c));
                }
                all.append(piece);
            }
            assertThat(f.hex()).as("round %d", round)
                    .isEqualTo(Murmur3Reference.hash(all.toString().getBytes(StandardCharsets.UTF_16LE), 5));
        }
    }
}
