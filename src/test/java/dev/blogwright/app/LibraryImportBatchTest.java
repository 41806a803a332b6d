package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportReport;
import dev.blogwright.logic.importing.ImportService;
import dev.blogwright.logic.importing.ProgressListener;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New posts of a batch are written together; what they see of each other must be as if written one by one. */
class LibraryImportBatchTest {
    @TempDir
    Path dir;

    @Test
    void slugClashInsideOneBatchGetsSuffixAndLine() throws Exception {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: First\nslug: same\ndate: 2020-01-01\n---\nOne two.\n");
        Files.writeString(posts.resolve("b.md"), "---\ntitle: Second\nslug: same\ndate: 2020-01-02\n---\nThree.\n");
        Files.writeString(posts.resolve("c.md"), "---\ntitle: Third\nslug: same-2\ndate: 2020-01-03\n---\nFour.\n");
        // New posts are stored oldest first (they enter the manual order newest first), so the oldest of two posts
        // that ask for one slug keeps it and the later one gets the suffix.
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            ImportService service = new ImportService(new LibraryImportTarget(lib), lib.clock());
            ImportReport report = service.run(List.of(posts), ImportOptions.defaults(), ProgressListener.NONE,
                    () -> false);
            assertThat(report.created()).isEqualTo(3);
            assertThat(List.of("a.md", "b.md", "c.md")).extracting(f -> lib.posts().findBySourcePath(f)
                    .map(Post::slug).orElse(f + " missing")).containsExactly("same", "same-2", "same-2-2");
            assertThat(report.lines()).anySatisfy(l -> assertThat(l.message()).contains("stored as same-2-2"));
            assertThat(lib.posts().list(PostQuery.all())).extracting(p -> p.words()).containsExactlyInAnyOrder(2, 1, 1);
            ImportReport again = service.run(List.of(posts), ImportOptions.defaults(), ProgressListener.NONE,
                    () -> false);
            assertThat(again.created()).isZero();
        }
    }

    @Test
    void categoryCreatedInARolledBackBatchIsCreatedAgain() throws Exception {
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            LibraryImportTarget target = new LibraryImportTarget(lib);
            long[] first = {0};
            try {
                target.inTransaction(() -> {
                    first[0] = target.categoryIdFor("Travel");
                    throw new IllegalStateException("batch fails");
                });
            } catch (IllegalStateException expected) {
                // the batch and its category are gone
            }
            assertThat(lib.taxonomy().category(first[0])).isEmpty();
            long[] again = {0};
            target.inTransaction(() -> again[0] = target.categoryIdFor("Travel"));
            assertThat(lib.taxonomy().category(again[0])).isPresent();
            assertThat(target.categoryIdFor("Travel")).isEqualTo(again[0]);
        }
    }
}
