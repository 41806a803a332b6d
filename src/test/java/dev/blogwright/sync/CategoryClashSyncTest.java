package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Category names and slugs are unique, so a rename to a name or slug another category has (or had) on the other
 * computer must merge like any other change: both libraries end equal, every post in the category it was in (known
 * by the category's shared id), nothing lost and no stray "-2" slug.
 */
class CategoryClashSyncTest {
    @TempDir
    Path dir;
    SyncTestKit kit;

    @BeforeEach
    void bothLibrariesShareTheSampleBlog() throws Exception {
        kit = SyncTestKit.sharingTheSample(dir);
    }

    @Test
    void twoCategoriesSwappingNamesOnTheLaptopSwapOnTheDesktop() throws Exception {
        Post inPerformance = postIn("laptop", "Performance");
        Post inDevOps = postIn("laptop", "DevOps");
        kit.with("laptop", lib -> {
            rename(lib, "Performance", "Swapping", "swapping");
            rename(lib, "DevOps", "Performance", "performance");
            rename(lib, "Swapping", "DevOps", "devops");
        });
        kit.sync("laptop");
        kit.sync("desktop");
        for (String side : new String[] {"laptop", "desktop"}) {
            assertThat(categoryOf(side, inPerformance.slug())).as(side).extracting(Category::name, Category::slug)
                    .containsExactly("DevOps", "devops");
            assertThat(categoryOf(side, inDevOps.slug())).as(side).extracting(Category::name, Category::slug)
                    .containsExactly("Performance", "performance");
        }
        assertEqualLibraries();
    }

    @Test
    void aRenameToTheNameAnotherCategoryHadWhileTheOtherPostsInItLandsInTheRenamedOne() throws Exception {
        Post inDevOps = postIn("laptop", "DevOps");
        Post inStartup = postIn("laptop", "Startup");
        kit.with("laptop", lib -> {
            rename(lib, "Startup", "Founders", "founders");
            rename(lib, "DevOps", "Startup", "startup");
        });
        kit.with("desktop", lib -> lib.posts().create(new Post.Builder().title("Written meanwhile")
                .slug("written-meanwhile").body("In DevOps.\n")
                .categoryId(lib.taxonomy().categoryNamed("DevOps").id()).build()));
        kit.sync("laptop");
        assertThat(kit.sync("desktop").conflicts()).isZero();
        kit.sync("laptop");
        for (String side : new String[] {"laptop", "desktop"}) {
            assertThat(categoryOf(side, inDevOps.slug()).name()).as(side).isEqualTo("Startup");
            assertThat(categoryOf(side, "written-meanwhile").name()).as(side).isEqualTo("Startup");
            assertThat(categoryOf(side, inStartup.slug())).as(side).extracting(Category::name, Category::slug)
                    .containsExactly("Founders", "founders");
        }
        assertEqualLibraries();
    }

    @Test
    void aRenameToTheNameOfACategoryMadeOnTheOtherComputerIsOneCategory() throws Exception {
        Post inSecurity = postIn("laptop", "Security");
        kit.with("laptop", lib -> rename(lib, "Security", "Privacy", "privacy"));
        kit.with("desktop", lib -> lib.posts().create(new Post.Builder().title("Written meanwhile")
                .slug("written-meanwhile").body("In Privacy.\n")
                .categoryId(lib.taxonomy().categoryNamed("Privacy").id()).build()));
        kit.sync("laptop");
        kit.sync("desktop");
        kit.sync("laptop");
        for (String side : new String[] {"laptop", "desktop"}) {
            Category privacy = categoryOf(side, inSecurity.slug());
            assertThat(privacy.name()).as(side).isEqualTo("Privacy");
            assertThat(categoryOf(side, "written-meanwhile").id()).as(side).isEqualTo(privacy.id());
            kit.with(side, lib -> assertThat(lib.taxonomy().categories()).extracting(Category::name)
                    .doesNotContain("Security").filteredOn("Privacy"::equals).hasSize(1));
        }
        assertEqualLibraries();
    }

    private Post postIn(String side, String category) throws Exception {
        Post[] found = new Post[1];
        kit.with(side, lib -> {
            long id = lib.taxonomy().findCategory(category).orElseThrow().id();
            long postId = lib.posts().list(PostQuery.all()).stream()
                    .filter(p -> p.categoryId() != null && p.categoryId() == id).findFirst().orElseThrow().id();
            found[0] = lib.posts().find(postId).orElseThrow();
        });
        return found[0];
    }

    private Category categoryOf(String side, String slug) throws Exception {
        Category[] found = new Category[1];
        kit.with(side, lib -> {
            Post p = lib.posts().findBySlug(slug).orElseThrow();
            found[0] = lib.taxonomy().category(p.categoryId()).orElseThrow();
        });
        return found[0];
    }

    private static void rename(BlogLibrary lib, String from, String name, String slug) {
        Category c = lib.taxonomy().findCategory(from).orElseThrow();
        lib.taxonomy().updateCategory(new Category(c.id(), name, slug, c.description(), c.colour(), c.position(),
                c.parentId()));
    }

    private void assertEqualLibraries() throws Exception {
        Map<String, byte[]> laptop = kit.text("laptop");
        Map<String, byte[]> desktop = kit.text("desktop");
        assertThat(desktop.keySet()).isEqualTo(laptop.keySet());
        for (String path : laptop.keySet()) {
            assertThat(new String(desktop.get(path))).as(path).isEqualTo(new String(laptop.get(path)));
        }
    }
}
