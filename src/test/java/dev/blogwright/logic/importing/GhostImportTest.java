package dev.blogwright.logic.importing;

import static dev.blogwright.logic.importing.ImportFixtures.CLOCK;
import static dev.blogwright.logic.importing.ImportFixtures.corpus;
import static dev.blogwright.logic.importing.ImportFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GhostImportTest {
    private final FakeImportTarget target = new FakeImportTarget();

    private ImportReport run(Path... inputs) {
        return new ImportService(target, CLOCK).run(List.of(inputs), ImportOptions.defaults(),
                ProgressListener.NONE, () -> false);
    }

    @Test
    void mobiledocMarkdownCardAndTagOrder() {
        assertThat(run(resource("ghost/wrapped.json")).errors()).isZero();
        Post p = target.bySource("wrapped.json#a1");
        assertThat(p.title()).isEqualTo("Markdown card");
        assertThat(p.slug()).isEqualTo("markdown-card");
        assertThat(p.body()).isEqualTo("# Hi\n\nFrom a *card*.\n");
        assertThat(target.categoryName(p.categoryId())).isEqualTo("primary");
        assertThat(p.tags()).containsExactly("Second");
        assertThat(p.excerpt()).isEqualTo("Card excerpt");
        assertThat(p.featuredImage()).isEqualTo("https://example.com/f.jpg");
        assertThat(p.featured()).isTrue();
        assertThat(p.metaTitle()).isEqualTo("MT");
        assertThat(p.metaDescription()).isEqualTo("MD");
        assertThat(p.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(p.createdAt()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2023-01-02T03:04:05Z"));
        assertThat(p.updatedAt()).isEqualTo(Instant.parse("2023-01-03T00:00:00Z"));
    }

    @Test
    void lexicalMarkdownNodeAndDraftStatus() {
        run(resource("ghost/wrapped.json"));
        Post p = target.bySource("wrapped.json#a2");
        assertThat(p.body()).isEqualTo("Lexical **md**\n");
        assertThat(p.status()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void htmlOnlyPostIsConvertedAndScheduled() {
        run(resource("ghost/wrapped.json"));
        Post p = target.bySource("wrapped.json#a3");
        assertThat(p.body()).isEqualTo("Some **bold** text.\n");
        assertThat(p.status()).isEqualTo(PostStatus.SCHEDULED);
    }

    @Test
    void bareDataObjectWithEpochMillis() {
        run(resource("ghost/bare.json"));
        Post p = target.bySource("bare.json#7");
        assertThat(p.body()).isEqualTo("Plain *md*");
        assertThat(p.publishedAt()).isEqualTo(Instant.ofEpochMilli(1283780649000L));
        assertThat(p.featuredImage()).isEqualTo("/content/i.png");
        assertThat(target.categoryName(p.categoryId())).isEqualTo("only");
    }

    @Test
    void corpusExportsInBothShapesGiveTheSamePost() throws IOException {
        Path dir = corpus("ghost-export");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        ImportReport report = run(files.toArray(Path[]::new));
        assertThat(report.errors()).isZero();
        for (String file : List.of("ghostToHugo-unwrapped.json", "ghostToHugo-wrapped.json")) {
            Post p = target.bySource(file + "#5");
            assertThat(p.title()).isEqualTo("my blog post title");
            assertThat(p.body()).isEqualTo("the *markdown* formatted post body");
            assertThat(target.categoryName(p.categoryId())).isEqualTo("colorado ho!");
            assertThat(p.publishedAt()).isEqualTo(Instant.ofEpochMilli(1283780649000L));
        }
        assertThat(report.lines()).anySatisfy(l -> assertThat(l.message()).contains("slug my-blog-post-title"));
    }
}
