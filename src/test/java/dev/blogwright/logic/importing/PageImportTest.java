package dev.blogwright.logic.importing;

import static dev.blogwright.logic.importing.ImportFixtures.CLOCK;
import static dev.blogwright.logic.importing.ImportFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages from Jekyll (_pages/, layout: page), Hugo (content/pages/) and a Ghost export's "pages" list. The Ghost
 * and WordPress corpus pages are covered in GhostCardsTest and WordPressImportTest.
 */
class PageImportTest {
    private final FakeImportTarget target = new FakeImportTarget();

    private ImportReport run(Path input) {
        return new ImportService(target, CLOCK).run(List.of(input), ImportOptions.defaults(), ProgressListener.NONE,
                () -> false);
    }

    private Post bySlug(String slug) {
        return target.findBySlug(slug).orElseThrow(() -> new AssertionError("no " + slug));
    }

    @Test
    void jekyllPagesFolderAndLayoutPageAreImportedAsPages() {
        assertThat(run(resource("pages/jekyll")).errors()).isZero();
        assertThat(bySlug("about").kind()).isEqualTo(PostKind.PAGE);
        assertThat(bySlug("colophon").kind()).as("layout: page").isEqualTo(PostKind.PAGE);
        assertThat(bySlug("colophon").categoryId()).isNull();
        assertThat(bySlug("hello").kind()).isEqualTo(PostKind.POST);
        assertThat(target.categoryName(bySlug("hello").categoryId())).isEqualToIgnoringCase("News");
    }

    @Test
    void hugoContentPagesAreImportedAsPages() {
        ImportReport report = run(resource("pages/hugo"));
        assertThat(report.errors()).isZero();
        assertThat(bySlug("contact").kind()).isEqualTo(PostKind.PAGE);
        assertThat(bySlug("first").kind()).isEqualTo(PostKind.POST);
        assertThat(report.toText()).contains("imported as a page");
    }

    @Test
    void ghostPagesListIsImportedAsPagesWithTheirStatus() {
        assertThat(run(resource("pages/ghost-pages.json")).errors()).isZero();
        Post imprint = target.bySource("ghost-pages.json#g1");
        assertThat(imprint.kind()).isEqualTo(PostKind.PAGE);
        assertThat(imprint.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(target.bySource("ghost-pages.json#p1").kind()).isEqualTo(PostKind.POST);
    }
}
