package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.ExportSelection;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.model.PostStatus;
import org.junit.jupiter.api.Test;

class AssetLinksTest {
    @Test
    void rewritesImageAndLinkTargetsUnderAssets() {
        String html = "<p><img src=\"assets/a.png\" alt=\"x\"> <a href='assets/b.pdf'>b</a></p>";
        assertThat(AssetLinks.rewrite(html, "../../"))
                .isEqualTo("<p><img src=\"../../assets/a.png\" alt=\"x\"> <a href='../../assets/b.pdf'>b</a></p>");
    }

    @Test
    void leavesOtherLinksAlone() {
        String html = "<a href=\"https://x.org/assets/a.png\">x</a><img src=\"myassets/a.png\"><p>assets/a.png</p>";
        assertThat(AssetLinks.rewrite(html, "../")).isEqualTo(html);
    }

    @Test
    void listsReferencedFilesDecoded() {
        assertThat(AssetLinks.referencedFiles("<img src=\"assets/my%20pic.png\"><img src=\"assets/b.png?v=1\">"))
                .containsExactly("b.png", "my pic.png");
    }

    @Test
    void selectionMarksScheduledAndDraft() {
        var now = SiteFixture.NOW;
        var post = SiteFixture.posts().get(0);
        assertThat(ExportSelection.isPublic(post, now)).isTrue();
        var future = post.toBuilder().publishedAt(now.plusSeconds(60)).build();
        assertThat(ExportSelection.isPublic(future, now)).isFalse();
        assertThat(ExportSelection.mark(future, now)).isEqualTo("Scheduled");
        assertThat(ExportSelection.mark(post.toBuilder().status(PostStatus.DRAFT).build(), now))
                .isEqualTo("Draft");
    }
}
