package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostHead;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's kind and parent through PostService and the SQLite store (schema V8). */
class PagesStoreTest {
    @TempDir
    Path dir;

    private static Post page(String title) {
        return Post.draft(title, "Text.").kind(PostKind.PAGE).build();
    }

    @Test
    void kindAndParentSurviveEveryRead() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post company = lib.posts().create(page("Company"));
            Post about = lib.posts().create(page("About").toBuilder().parentId(company.id()).build());
            Post post = lib.posts().create(Post.draft("A post", "Body.").build());

            Post read = lib.posts().find(about.id()).orElseThrow();
            assertThat(read.kind()).isEqualTo(PostKind.PAGE);
            assertThat(read.parentId()).isEqualTo(company.id());
            assertThat(lib.posts().findBySlug("about").orElseThrow().parentId()).isEqualTo(company.id());
            assertThat(lib.posts().find(post.id()).orElseThrow().kind()).isEqualTo(PostKind.POST);
            assertThat(lib.posts().posts(PostQuery.all())).extracting(Post::slug, Post::kind)
                    .contains(Tuple.tuple("about", PostKind.PAGE),
                            Tuple.tuple("a-post", PostKind.POST));
            try (var snapshot = lib.exportSnapshot(true)) {
                assertThat(snapshot.content().posts()).filteredOn(p -> p.slug().equals("about"))
                        .singleElement().satisfies(p -> {
                            assertThat(p.kind()).isEqualTo(PostKind.PAGE);
                            assertThat(p.parentId()).isEqualTo(company.id());
                        });
            }
        }
    }

    @Test
    void theListFiltersByKindAndAnyKindByDefault() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            lib.posts().create(page("About"));
            lib.posts().create(Post.draft("A post", "Body.").build());
            assertThat(lib.posts().list(PostQuery.all().withKind(PostKind.PAGE))).extracting(PostSummary::slug)
                    .containsExactly("about");
            assertThat(lib.posts().list(PostQuery.all().withKind(PostKind.POST))).extracting(PostSummary::slug)
                    .containsExactly("a-post");
            assertThat(lib.posts().count(PostQuery.all())).isEqualTo(2);
        }
    }

    @Test
    void aPostSwitchedToAPageMovesOnItsVersion() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post post = lib.posts().create(Post.draft("Colophon", "Body.").build());
            long before = version(lib, post.id());
            lib.posts().update(post.id(), p -> p.toBuilder().kind(PostKind.PAGE).build(), true);
            assertThat(lib.posts().find(post.id()).orElseThrow().isPage()).isTrue();
            assertThat(version(lib, post.id())).isGreaterThan(before);
        }
    }

    private static long version(BlogLibrary lib, long id) {
        List<PostHead> heads = new SqlPostRepository(lib.database()).heads(PostQuery.all());
        return heads.stream().filter(h -> h.post().id() == id).findFirst().orElseThrow().version();
    }

    @Test
    void aNewPageNeverTakesASiteFolderAndASaveThatWouldIsRefused() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            assertThat(lib.posts().create(page("Archive")).slug()).isEqualTo("archive-2");
            assertThat(lib.posts().create(Post.draft("Archive", "A post may.").build()).slug()).isEqualTo("archive");
            Post tags = lib.posts().create(page("Tags list"));
            assertThatThrownBy(() -> lib.posts().save(tags.toBuilder().slug("tags").build(), true))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("site's own tags/ folder");
            Post post = lib.posts().findBySlug("archive").orElseThrow();
            assertThatThrownBy(() -> lib.posts().save(post.toBuilder().kind(PostKind.PAGE).build(), true))
                    .isInstanceOf(LibraryException.class);
        }
    }

    @Test
    void aParentMustBeAnotherPageAndNotADescendant() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post company = lib.posts().create(page("Company"));
            Post about = lib.posts().create(page("About").toBuilder().parentId(company.id()).build());
            Post post = lib.posts().create(Post.draft("A post", "Body.").build());
            assertThatThrownBy(() -> lib.posts().save(company.toBuilder().parentId(about.id()).build(), true))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("under itself");
            assertThatThrownBy(() -> lib.posts().save(about.toBuilder().parentId(post.id()).build(), true))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("must be a page");
            Post saved = lib.posts().save(post.toBuilder().parentId(company.id()).build(), true);
            assertThat(saved.parentId()).as("a post has no parent").isNull();
        }
    }

    @Test
    void deletingAParentLeavesTheChildAtTheTop() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post company = lib.posts().create(page("Company"));
            Post about = lib.posts().create(page("About").toBuilder().parentId(company.id()).build());
            TestLibraries.execute(lib.database(), "DELETE FROM posts WHERE id = " + company.id());
            assertThat(lib.posts().find(about.id()).orElseThrow().parentId()).isNull();
        }
    }
}
