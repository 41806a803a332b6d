package dev.blogwright.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentHashTest {
    @Test
    void isMurmurHash3OfTheBytesForEveryTailLength() {
        Random random = new Random(11);
        for (int length = 0; length < 70; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(ContentHash.of(bytes)).as("length %d", length).isEqualTo(Murmur3Reference.hash(bytes, 0));
        }
    }

    @Test
    void hashesOnlyTheGivenRange() {
        byte[] bytes = new byte[100];
        new Random(3).nextBytes(bytes);
        assertThat(ContentHash.of(bytes, 7, 50)).isEqualTo(ContentHash.of(Arrays.copyOfRange(bytes, 7, 57)));
    }
}
