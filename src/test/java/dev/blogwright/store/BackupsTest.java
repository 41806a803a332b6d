package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupRestoresTheLibraryAsItWas() {
        Path file = dir.resolve("library.db");
        Path backup;
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            backup = Backups.create(lib.database(), "test");
            lib.posts().create(Post.draft("Written after the backup", "text").build());
            assertThat(lib.stats().posts()).isEqualTo(7);
        }
        assertThat(Backups.list(file)).contains(backup);
        Backups.restore(backup, file);
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.WRITE)) {
            assertThat(lib.stats().posts()).isEqualTo(6);
        }
        List<Path> after = Backups.list(file);
        assertThat(after).anyMatch(p -> p.getFileName().toString().contains("replaced"));
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            for (int i = 0; i < Backups.KEEP + 3; i++) {
                Backups.create(lib.database(), "n" + (char) ('a' + i));
                Thread.sleep(5);
            }
        }
        assertThat(Backups.list(dir.resolve("library.db"))).hasSizeLessThanOrEqualTo(Backups.KEEP);
    }
}
