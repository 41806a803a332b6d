package dev.blogwright.logic.importing;

import static dev.blogwright.logic.importing.ImportFixtures.CLOCK;
import static dev.blogwright.logic.importing.ImportFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownImportTest {
    private final FakeImportTarget target = new FakeImportTarget();
    private final ImportService service = new ImportService(target, CLOCK);

    private ImportReport importSite(String name) {
        return service.run(List.of(resource(name)), ImportOptions.defaults(), ProgressListener.NONE, () -> false);
    }

    @Test
    void jekyllSiteFindsPostsAndDraftsButNotLayouts() {
        ImportReport report = importSite("jekyll");
        assertThat(report.errors()).isZero();
        assertThat(target.all()).extracting(Post::sourcePath).containsExactlyInAnyOrder(
                "_posts/2024-03-01-list-categories.md", "_posts/2023-07-14-string-category.markdown",
                "_posts/2022-01-02-date-from-name.md", "_drafts/unfinished-idea.md");
    }

    @Test
    void jekyllCategoryListMapsFirstToCategoryRestToTags() {
        importSite("jekyll");
        Post p = target.bySource("_posts/2024-03-01-list-categories.md");
        assertThat(p.title()).isEqualTo("Lists of categories");
        assertThat(p.slug()).isEqualTo("list-categories");
        assertThat(target.categoryName(p.categoryId())).isEqualTo("releases");
        assertThat(p.tags()).containsExactly("News", "java", "fx");
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
        assertThat(p.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(p.frontMatterJson()).isEqualTo("{\"author\":\"parkr\"}");
    }

    @Test
    void jekyllExcerptSeparatorBecomesMoreComment() {
        importSite("jekyll");
        assertThat(target.bySource("_posts/2024-03-01-list-categories.md").body())
                .isEqualTo("Intro paragraph.\n<!--more-->\nRest of the post.\n");
    }

    @Test
    void jekyllStringCategoryAndCommaTagsAndPermalinkSlug() {
        importSite("jekyll");
        Post p = target.bySource("_posts/2023-07-14-string-category.markdown");
        assertThat(target.categoryName(p.categoryId())).isEqualTo("community");
        assertThat(p.tags()).containsExactly("meetup", "alpha", "beta");
        assertThat(p.slug()).isEqualTo("community-night");
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2023-07-14T15:30:00Z"));
    }

    @Test
    void imageBesideThePostIsCopiedAndMissingOneReported() {
        ImportReport report = importSite("jekyll");
        Post p = target.bySource("_posts/2023-07-14-string-category.markdown");
        assertThat(p.body()).contains("![a diagram](assets/12-diagram.png)", "![gone](missing.png)");
        assertThat(target.assets).containsKey("assets/12-diagram.png");
        assertThat(report.lines()).anySatisfy(l -> assertThat(l.toText()).contains("missing.png", "not found"));
    }

    @Test
    void dateOnlyInFileNameIsUsed() {
        importSite("jekyll");
        Post p = target.bySource("_posts/2022-01-02-date-from-name.md");
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2022-01-02T00:00:00Z"));
        assertThat(p.slug()).isEqualTo("date-from-name");
        assertThat(p.categoryId()).isNull();
    }

    @Test
    void draftsFolderMakesDraftsUnlessOptionSaysOtherwise() {
        importSite("jekyll");
        assertThat(target.bySource("_drafts/unfinished-idea.md").status()).isEqualTo(PostStatus.DRAFT);

        FakeImportTarget other = new FakeImportTarget();
        new ImportService(other, CLOCK).run(List.of(resource("jekyll")),
                ImportOptions.defaults().withDraftsAsDrafts(false), ProgressListener.NONE, () -> false);
        assertThat(other.bySource("_drafts/unfinished-idea.md").status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void hugoSiteSkipsSectionPagesAndThemes() {
        ImportReport report = importSite("hugo");
        assertThat(report.errors()).isZero();
        assertThat(target.all()).extracting(Post::sourcePath).containsExactlyInAnyOrder(
                "content/posts/yaml-block.md", "content/posts/toml-post.md", "content/posts/json-post.md",
                "content/posts/published-date.md", "content/posts/future.md", "content/posts/bundle-post/index.md",
                "content/posts/bom.md");
    }

    @Test
    void hugoYamlBlockListsAndEveryMappedField() {
        importSite("hugo");
        Post p = target.bySource("content/posts/yaml-block.md");
        assertThat(p.title()).isEqualTo("YAML block lists");
        assertThat(p.tags()).containsExactly("databases", "sharding");
        assertThat(target.categoryName(p.categoryId())).isEqualTo("engineering");
        assertThat(p.excerpt()).isEqualTo("A short summary.");
        assertThat(p.position()).isEqualTo(3.0);
        assertThat(p.icon()).isEqualTo("🚀");
        assertThat(p.featuredImage()).isEqualTo("cover.jpg");
        assertThat(p.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2021-05-06T07:08:09Z"));
        assertThat(p.updatedAt()).isEqualTo(Instant.parse("2021-06-01T00:00:00Z"));
        assertThat(p.body()).isEqualTo("Summary here\n<!--more-->\nThe rest.\n");
        assertThat(p.frontMatterJson()).isEqualTo("{\"aliases\":[\"/old/\"]}");
    }

    @Test
    void hugoTomlFrontMatter() {
        importSite("hugo");
        Post p = target.bySource("content/posts/toml-post.md");
        assertThat(p.title()).isEqualTo("TOML front matter");
        assertThat(p.slug()).isEqualTo("toml-slug");
        assertThat(p.tags()).containsExactly("toml", "hugo");
        assertThat(target.categoryName(p.categoryId())).isEqualTo("notes");
        assertThat(p.featuredImage()).isEqualTo("/images/cover.png");
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2020-02-03T09:05:06Z"));
        assertThat(p.frontMatterJson()).isEqualTo("{\"params\":{\"mood\":\"calm\"}}");
        assertThat(p.body()).isEqualTo("TOML body.\n");
    }

    @Test
    void hugoJsonFrontMatter() {
        importSite("hugo");
        Post p = target.bySource("content/posts/json-post.md");
        assertThat(p.title()).isEqualTo("JSON front matter");
        assertThat(p.tags()).containsExactly("json", "front matter");
        assertThat(p.excerpt()).isEqualTo("JSON summary");
        assertThat(p.icon()).isEqualTo("📦");
        assertThat(p.slug()).isEqualTo("json-post");
        assertThat(p.body()).isEqualTo("JSON body.\n");
    }

    @Test
    void publishedWithADateMeansPublishedOnThatDate() {
        importSite("hugo");
        Post p = target.bySource("content/posts/published-date.md");
        assertThat(p.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2016-04-26T21:05:00Z"));
        assertThat(p.slug()).isEqualTo("published-as-a-date");
        assertThat(p.tags()).containsExactly("conference", "release");
    }

    @Test
    void futureDateIsScheduled() {
        importSite("hugo");
        assertThat(target.bySource("content/posts/future.md").status()).isEqualTo(PostStatus.SCHEDULED);
    }

    @Test
    void pageBundleTakesFolderNameAndItsImage() {
        importSite("hugo");
        Post p = target.bySource("content/posts/bundle-post/index.md");
        assertThat(p.slug()).isEqualTo("bundle-post");
        assertThat(p.body()).contains("<img src=\"assets/13-photo.png\"", "![again](assets/13-photo.png \"t\")");
    }

    @Test
    void byteOrderMarkFileImportsCleanly() {
        importSite("hugo");
        Post p = target.bySource("content/posts/bom.md");
        assertThat(p.title()).isEqualTo("With a BOM");
        assertThat(p.body()).isEqualTo("BOM body.\n");
    }
}
