package dev.blogwright.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {
    @TempDir
    Path dir;

    @Test
    void readsWhatReadAllBytesReadsAtEverySizeAroundAChunk() throws IOException {
        Random random = new Random(3);
        for (int size : new int[] {0, 1, 65_535, 65_536, 65_537, 3 * 65_536 + 17, 3_500_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = dir.resolve("f" + size);
            Files.write(file, bytes);
            assertThat(FileBytes.read(file)).as("%d bytes", size).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThatThrownBy(() -> FileBytes.read(dir.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
    }
}
