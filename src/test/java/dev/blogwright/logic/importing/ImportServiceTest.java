package dev.blogwright.logic.importing;

import static dev.blogwright.logic.importing.ImportFixtures.CLOCK;
import static dev.blogwright.logic.importing.ImportFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;
    private final FakeImportTarget target = new FakeImportTarget();
    private final ImportService service = new ImportService(target, CLOCK);

    private ImportReport run(ImportOptions options, Path... inputs) {
        return service.run(List.of(inputs), options, ProgressListener.NONE, () -> false);
    }

    private Path folderOf(int posts) throws IOException {
        Path site = Files.createDirectories(dir.resolve("site" + posts));
        for (int i = 1; i <= posts; i++) {
            Files.writeString(site.resolve("post-" + i + ".md"), "---\ntitle: Post " + i + "\ndate: 2020-01-01\n---\nb\n");
        }
        return site;
    }

    @Test
    void dryRunWritesNothingAndListsWhatWouldHappen() {
        ImportReport plan = service.plan(List.of(resource("jekyll")), ImportOptions.defaults());
        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.created()).isEqualTo(4);
        assertThat(target.posts).isEmpty();
        assertThat(target.assets).isEmpty();
        assertThat(target.categories).isEmpty();
        assertThat(target.transactions).isZero();
        assertThat(plan.toText()).startsWith("Dry run: would import 4 new, 0 updated, 0 skipped, 0 errors\n");
    }

    @Test
    void reimportUpdatesInsteadOfDuplicating() throws IOException {
        Path site = folderOf(2);
        run(ImportOptions.defaults(), site);
        Files.writeString(site.resolve("post-1.md"), "---\ntitle: Post 1 edited\ndate: 2020-01-01\n---\nnew\n");
        ImportReport again = run(ImportOptions.defaults(), site);
        assertThat(target.posts).hasSize(2);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(target.bySource("post-1.md").title()).isEqualTo("Post 1 edited");
    }

    @Test
    void planAfterImportShowsUpdatedAndSkipped() throws IOException {
        Path site = folderOf(2);
        run(ImportOptions.defaults(), site);
        Files.writeString(site.resolve("post-2.md"), "---\ntitle: Changed\ndate: 2020-01-01\n---\nb\n");
        ImportReport plan = service.plan(List.of(site), ImportOptions.defaults());
        assertThat(plan.updated()).isEqualTo(1);
        assertThat(plan.skipped()).isEqualTo(1);
    }

    @Test
    void slugClashWithUnrelatedPostGetsSuffixAndLine() throws IOException {
        target.create(Post.draft("Something else", "x").slug("post-1").build());
        ImportReport report = run(ImportOptions.defaults(), folderOf(1));
        assertThat(target.bySource("post-1.md").slug()).isEqualTo("post-1-2");
        assertThat(report.lines()).anySatisfy(l -> assertThat(l.message()).contains("stored as post-1-2"));
    }

    @Test
    void postWithSameSlugAndTitleAndNoSourceIsUpdated() throws IOException {
        target.create(Post.draft("Post 1", "old").slug("post-1").build());
        ImportReport report = run(ImportOptions.defaults(), folderOf(1));
        assertThat(target.posts).hasSize(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(target.all().get(0).body()).isEqualTo("b\n");
    }

    @Test
    void forcedCategoryOverridesFrontMatter() {
        run(ImportOptions.defaults().withCategory("Imported"), resource("jekyll"));
        assertThat(target.all()).allSatisfy(p -> assertThat(target.categoryName(p.categoryId())).isEqualTo("imported"));
    }

    @Test
    void postsAreStoredInBatchesWithProgress() throws IOException {
        List<Integer> done = new ArrayList<>();
        service.run(List.of(folderOf(5)), ImportOptions.defaults().withBatchSize(2),
                (n, total, current) -> done.add(n), () -> false);
        assertThat(target.transactions).isEqualTo(3);
        assertThat(done).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void cancellingStopsBetweenPosts() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        ImportReport report = service.run(List.of(folderOf(5)), ImportOptions.defaults().withBatchSize(2),
                ProgressListener.NONE, () -> asked.incrementAndGet() > 3);
        assertThat(report.cancelled()).isTrue();
        assertThat(target.posts).hasSize(3);
        assertThat(report.created()).isEqualTo(3);
    }

    @Test
    void failingBatchRollsBackAndIsReported() throws IOException {
        FakeImportTarget failing = new FakeImportTarget() {
            @Override
            public Post create(Post post) {
                if (post.title().equals("Post 2")) {
                    throw new IllegalStateException("disk full");
                }
                return super.create(post);
            }
        };
        ImportReport report = new ImportService(failing, CLOCK).run(List.of(folderOf(3)),
                ImportOptions.defaults().withBatchSize(2), ProgressListener.NONE, () -> false);
        assertThat(failing.posts).hasSize(1);
        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.errorLines().get(0).message()).contains("rolled back", "disk full");
    }
}
