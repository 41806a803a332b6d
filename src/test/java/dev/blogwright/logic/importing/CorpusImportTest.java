package dev.blogwright.logic.importing;

import static dev.blogwright.logic.importing.ImportFixtures.CLOCK;
import static dev.blogwright.logic.importing.ImportFixtures.corpus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real blogs in the shared corpus import completely, with their fields. */
class CorpusImportTest {
    private final FakeImportTarget target = new FakeImportTarget();

    private ImportReport importCorpus(String name) {
        return new ImportService(target, CLOCK).run(List.of(corpus(name)), ImportOptions.defaults(),
                ProgressListener.NONE, () -> false);
    }

    @Test
    void hugoBlogImportsAllSeventySixPosts() {
        ImportReport report = importCorpus("hugo-vitess-blog");
        assertThat(report.errorLines()).isEmpty();
        assertThat(target.posts).hasSize(76);
        assertThat(target.all()).allSatisfy(p -> {
            assertThat(p.title()).isNotBlank();
            assertThat(p.publishedAt()).isNotNull();
            assertThat(p.status()).isEqualTo(PostStatus.PUBLISHED);
        });
        // Two posts really have "tags: []"; every other one brings its tags along.
        assertThat(target.all()).filteredOn(p -> p.tags().isEmpty()).extracting(Post::sourcePath)
                .containsExactlyInAnyOrder("2017-09-18-custom-sharding-with-vitess.md",
                        "2017-04-25-vitess-releases-version-2-1.md");
        assertThat(target.all()).extracting(Post::sourcePath).doesNotContain("_index.md");
    }

    @Test
    void hugoSpotChecks() {
        importCorpus("hugo-vitess-blog");
        Post first = target.bySource("2015-03-20-scaling-mysql-in-the-cloud-with-vitess-and-kubernetes.md");
        assertThat(first.title()).isEqualTo("Scaling MySQL in the cloud with Vitess and Kubernetes");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2015-03-20T20:53:00Z"));
        assertThat(first.tags()).containsExactly("kubernetes", "cloud");
        assertThat(first.frontMatterJson()).isEqualTo("{\"author\":\"Anthony Yeh\"}");
        Post bom = target.bySource("2020-11-30-how-to-deploy-django.md");
        assertThat(bom.title()).isEqualTo("Django with Vitess");
        assertThat(bom.tags()).contains("Vitess", "GKE");
        assertThat(bom.publishedAt()).isEqualTo(Instant.parse("2020-11-30T00:00:00Z"));
    }

    @Test
    void jekyllReleasePostsImportAllHundredAndTwo() {
        ImportReport report = importCorpus("jekyll-release-posts");
        assertThat(report.errorLines()).isEmpty();
        assertThat(target.posts).hasSize(102);
        assertThat(target.all()).allSatisfy(p -> {
            assertThat(p.title()).isNotBlank();
            assertThat(p.publishedAt()).isNotNull();
            assertThat(p.categoryId()).isNotNull();
        });
    }

    @Test
    void jekyllSpotChecks() {
        importCorpus("jekyll-release-posts");
        Post first = target.bySource("2013-05-06-jekyll-1-0-0-released.markdown");
        assertThat(first.title()).isEqualTo("Jekyll 1.0.0 Released");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2013-05-06T00:12:52Z"));
        assertThat(target.categoryName(first.categoryId())).isEqualTo("release");
        assertThat(first.slug()).isEqualTo("jekyll-1-0-0-released");
        Post repeatedYear = target.bySource("2023-01-29-jekyll-3-9-3-released.markdown");
        assertThat(repeatedYear.publishedAt()).isEqualTo(Instant.parse("2023-01-30T02:30:22Z"));
        Post noDate = target.bySource("2016-03-10-making-it-easier-to-contribute-to-jekyll.md");
        assertThat(noDate.publishedAt()).isEqualTo(Instant.parse("2016-03-10T00:00:00Z"));
    }
}
