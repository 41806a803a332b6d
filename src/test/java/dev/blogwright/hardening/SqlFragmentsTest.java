package dev.blogwright.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.Tag;
import dev.blogwright.store.TestLibraries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quotes and SQL fragments in every text field, through the services: they are stored and found as text, and no
 * table loses or gains a row. Extends FaultsAndContentTest.sqlFragmentsInTextAreStoredAsText to settings,
 * categories, tags and every search form.
 */
class SqlFragmentsTest {
    static final List<String> FRAGMENTS = List.of(
            "'); DROP TABLE posts; --",
            "\" OR 1=1 --",
            "x' OR '1'='1",
            "Robert'); DELETE FROM tags WHERE ('1'='1",
            "%' AND 1=0 UNION SELECT sql FROM sqlite_master --",
            "*/ ATTACH DATABASE '/tmp/pwned.db' AS p; /*",
            "title:x\" OR \"\" = \"",
            "NEAR(a b) OR content:*",
            "\\'; PRAGMA writable_schema=1; --",
            "_%[]^$");

    @TempDir
    Path dir;

    @Test
    void fragmentsInSettingsRoundTripAsText() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            for (String f : FRAGMENTS) {
                BlogSettings s = new BlogSettings(f, f, f, f, f, f, f, 7, f, IndexOrder.NEWEST_FIRST, f, false);
                lib.settings().save(s);
                assertThat(lib.settings().load()).as("settings with %s", f).isEqualTo(s);
            }
            assertTablesIntact(lib, 0);
        }
    }

    @Test
    void fragmentsInCategoriesAndTagsRoundTripAsText() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            for (String f : FRAGMENTS) {
                Category c = lib.taxonomy().categoryNamed("cat " + f);
                Category updated = lib.taxonomy().updateCategory(new Category(c.id(), "cat " + f, f, "about " + f,
                        "#abcdef", c.position(), null));
                assertThat(updated.name()).isEqualTo("cat " + f);
                assertThat(updated.description()).isEqualTo("about " + f);
                assertThat(lib.taxonomy().findCategory("cat " + f)).map(Category::id).contains(c.id());
                Tag t = lib.taxonomy().ensureTags(List.of("tag " + f)).get(0);
                lib.taxonomy().renameTag(t.id(), "renamed " + f);
                assertThat(lib.taxonomy().findTag("renamed " + f)).map(Tag::id).contains(t.id());
            }
            assertThat(lib.taxonomy().categories()).hasSize(FRAGMENTS.size());
            assertThat(lib.taxonomy().tags()).hasSize(FRAGMENTS.size());
        }
    }

    @Test
    void fragmentsInEveryPostFieldAndEverySearchFormAreText() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post plain = lib.posts().create(Post.draft("Plain", "nothing special").build());
            for (String f : FRAGMENTS) {
                long category = lib.taxonomy().categoryNamed("c" + f).id();
                Post p = lib.posts().create(Post.draft(f, "body " + f).excerpt(f).icon(f).language(f).metaTitle(f)
                        .metaDescription(f).canonicalUrl(f).featuredImage(f).featuredImageAlt(f)
                        .categoryId(category).tags(List.of("t" + f)).frontMatterJson("{\"k\":\"" + f.replace("\\", "\\\\")
                                .replace("\"", "\\\"") + "\"}").sourcePath(f).status(PostStatus.PUBLISHED)
                        .publishedAt(Instant.parse("2025-01-01T00:00:00Z")).build());
                Post back = lib.posts().find(p.id()).orElseThrow();
                assertThat(List.of(back.title(), back.excerpt(), back.icon(), back.language(), back.metaTitle(),
                        back.metaDescription(), back.canonicalUrl(), back.featuredImage(), back.featuredImageAlt(),
                        back.sourcePath())).as("fields of %s", f).containsOnly(f);
                assertThat(back.tags()).containsExactly("t" + f);
                lib.posts().autosave(p.id(), f + " v2", "body " + f + " v2");
                assertThat(lib.posts().findBySourcePath(f)).map(Post::id).contains(p.id());
                for (String query : List.of(f, "\"" + f + "\"", "category:\"c" + f + "\"", "tag:\"t" + f + "\"",
                        "is:published " + f, "category:" + f, "tag:" + f)) {
                    assertThat(lib.posts().search(query)).as("search %s", query)
                            .extracting(s -> s.id()).doesNotContain(plain.id());
                }
                List<Long> found = lib.posts().list(PostQuery.all().withText(f).withCategory("c" + f).withTag("t" + f))
                        .stream().map(s -> s.id()).toList();
                // Full-text search finds words; a fragment of symbols only has none, and then finds nothing.
                assertThat(found).as("search for %s", f)
                        .isEqualTo(f.chars().anyMatch(Character::isLetterOrDigit) ? List.of(p.id()) : List.of());
            }
            assertTablesIntact(lib, FRAGMENTS.size() + 1);
        }
    }

    private static void assertTablesIntact(BlogLibrary lib, int posts) {
        assertThat(TestLibraries.queryLong(lib.database(), "SELECT count(*) FROM posts")).isEqualTo(posts);
        assertThat(TestLibraries.queryString(lib.database(), "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(TestLibraries.queryLong(lib.database(),
                "SELECT count(*) FROM pragma_database_list WHERE name NOT IN ('main', 'temp')")).isZero();
    }
}
