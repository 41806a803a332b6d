package dev.blogwright.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package says in a package-info.java what lives there, so a new room is described the day it is made. */
class PackageDocsTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/blogwright");

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        List<Path> undocumented;
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            undocumented = dirs.filter(Files::isDirectory)
                    .filter(PackageDocsTest::holdsJava)
                    .filter(dir -> !Files.isRegularFile(dir.resolve("package-info.java")))
                    .toList();
        }
        assertThat(undocumented).as("packages without package-info.java").isEmpty();
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
