package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.LibraryTexts;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync.share-drafts}: on by default (a draft reaches the other computer); off, a draft stays on its computer
 * until it is published, and a pull neither deletes nor overwrites a draft of this library, whether it comes in
 * path by path or through the whole import (blog.yaml changed too).
 */
class DraftSharingSyncTest {
    @TempDir
    Path dir;
    SyncTestKit kit;

    @BeforeEach
    void bothLibrariesShareTheSampleBlog() throws Exception {
        kit = SyncTestKit.sharingTheSample(dir);
    }

    @Test
    void draftsAreSharedByDefault() throws Exception {
        kit.with("laptop", lib -> assertThat(LibraryTexts.sync(lib).sharesDrafts()).isTrue());
        createDraft("laptop", "a-shared-draft", "Shared.\n");
        kit.sync("laptop");
        kit.sync("desktop");
        assertThat(kit.post("desktop", "a-shared-draft").body()).isEqualTo("Shared.\n");
    }

    @Test
    void withSharingOffADraftStaysHereUntilItIsPublished() throws Exception {
        kit.with("laptop", lib -> LibraryTexts.sync(lib).shareDrafts(false));
        createDraft("laptop", "secret-draft", "Not yet.\n");
        kit.editBody("laptop", "ai-chatbots-lessons", b -> b + "\nShared edit.\n");
        kit.sync("laptop");
        kit.sync("desktop");
        assertThat(kit.post("desktop", "ai-chatbots-lessons").body()).endsWith("Shared edit.\n");
        kit.with("desktop", lib -> assertThat(lib.posts().findBySlug("secret-draft")).isEmpty());
        assertThat(remoteHas("posts/secret-draft.md")).isFalse();
        // Still here after pulling a repository without it.
        assertThat(kit.post("laptop", "secret-draft").body()).isEqualTo("Not yet.\n");

        kit.with("laptop", lib -> {
            Post p = lib.posts().findBySlug("secret-draft").orElseThrow();
            lib.posts().save(p.toBuilder().status(PostStatus.PUBLISHED).build(), true);
        });
        kit.sync("laptop");
        kit.sync("desktop");
        assertThat(kit.post("desktop", "secret-draft").body()).isEqualTo("Not yet.\n");
        assertThat(remoteHas("posts/secret-draft.md")).isTrue();
    }

    @Test
    void aPullNeitherDeletesNorOverwritesAnUnsharedDraft() throws Exception {
        pullKeepsDrafts(false);
    }

    @Test
    void theWholeImportNeitherDeletesNorOverwritesAnUnsharedDraft() throws Exception {
        pullKeepsDrafts(true);
    }

    /** Drafts shared while sharing was on; the desktop turns it off; the laptop deletes one and edits the other. */
    private void pullKeepsDrafts(boolean alsoChangeTheBlog) throws Exception {
        createDraft("laptop", "draft-to-delete", "Keep me on the desktop.\n");
        createDraft("laptop", "draft-to-edit", "Desktop's words.\n");
        kit.sync("laptop");
        kit.sync("desktop");
        kit.with("desktop", lib -> LibraryTexts.sync(lib).shareDrafts(false));
        kit.with("laptop", lib -> {
            long id = lib.posts().findBySlug("draft-to-delete").orElseThrow().id();
            lib.organizer().trash(List.of(id));
            lib.organizer().deleteForever(List.of(id));
            if (alsoChangeTheBlog) {
                BlogSettings s = lib.settings().load();
                lib.settings().save(new BlogSettings(s.header(), "A new blog title", s.tagline(), s.description(),
                        s.baseUrl(), s.authorName(), s.language(), s.postsPerPage(), s.dateFormat(),
                        s.indexOrder(), s.theme(), s.trustRawHtml(), s.timeZone()));
            }
        });
        kit.editBody("laptop", "draft-to-edit", b -> "Laptop's words.\n");
        kit.sync("laptop");
        kit.sync("desktop");
        kit.with("desktop", lib -> {
            if (alsoChangeTheBlog) {
                assertThat(lib.settings().load().title()).isEqualTo("A new blog title");
            }
            assertThat(lib.posts().findBySlug("draft-to-delete").orElseThrow().body())
                    .isEqualTo("Keep me on the desktop.\n");
            Post kept = lib.posts().findBySlug("draft-to-edit").orElseThrow();
            assertThat(kept.body()).isEqualTo("Desktop's words.\n");
            // The laptop's version is not lost: it waits beside the draft as a conflict version.
            List<ConflictVersion> aside = LibraryTexts.of(lib).sync().conflicts(kept.id());
            assertThat(aside).hasSize(1);
            assertThat(aside.get(0).parsed().body()).isEqualTo("Laptop's words.\n");
        });
        // A second sync changes nothing on either side.
        assertThat(kit.sync("desktop").summary()).isEqualTo("pulled 0, pushed 0, conflicts 0");
        kit.with("desktop", lib -> assertThat(lib.posts().findBySlug("draft-to-delete")).isPresent());
    }

    private void createDraft(String side, String slug, String body) throws Exception {
        kit.with(side, lib -> lib.posts().create(new Post.Builder().title(slug).slug(slug).body(body)
                .status(PostStatus.DRAFT).build()));
    }

    private boolean remoteHas(String path) throws Exception {
        Process p = new ProcessBuilder("git", "--git-dir", dir.resolve("remote.git").toString(), "cat-file", "-e",
                "main:" + path).start();
        return p.waitFor() == 0;
    }

}
