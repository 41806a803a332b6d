package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.app.LibraryTexts;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.logic.sync.SyncException;
import dev.blogwright.logic.sync.SyncReport;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two libraries syncing through one bare repository, as a laptop and a desktop would. */
class TwoLibrariesSyncTest {
    private static final String POST_1 = "ai-chatbots-lessons";
    private static final String POST_2 = "monorepo-vs-polyrepo";

    @TempDir
    Path dir;
    SyncTestKit kit;

    @BeforeEach
    void bothLibrariesShareTheSampleBlog() throws Exception {
        kit = new SyncTestKit(dir);
        kit.with("laptop", lib -> lib.installSample());
        SyncReport first = kit.init("laptop");
        assertThat(first.pushed()).isGreaterThan(6);
        SyncReport second = kit.init("desktop");
        assertThat(second.pulled()).isEqualTo(first.pushed());
        assertThat(second.conflicts()).isZero();
        assertEqualLibraries();
    }

    @Test
    void anEmptyLibraryTakesTheRemote() throws Exception {
        assertThat(kit.post("desktop", POST_1).body()).isEqualTo(kit.post("laptop", POST_1).body());
        assertThat(kit.sync("desktop").summary()).isEqualTo("pulled 0, pushed 0, conflicts 0");
    }

    @Test
    void editsOfDifferentPostsReachBothSides() throws Exception {
        kit.editBody("laptop", POST_1, b -> b + "\nLaptop was here.\n");
        kit.editBody("desktop", POST_2, b -> b + "\nDesktop was here.\n");
        assertThat(kit.sync("laptop").pushed()).isEqualTo(1);
        SyncReport desktop = kit.sync("desktop");
        assertThat(desktop.pulled()).isEqualTo(1);
        assertThat(desktop.conflicts()).isZero();
        assertThat(kit.sync("laptop").pulled()).isGreaterThanOrEqualTo(1);
        assertThat(kit.post("laptop", POST_2).body()).contains("Desktop was here.");
        assertThat(kit.post("desktop", POST_1).body()).contains("Laptop was here.");
        assertEqualLibraries();
    }

    @Test
    void editsOfDifferentParagraphsOfOnePostCombine() throws Exception {
        kit.editBody("laptop", POST_1, b -> "Laptop intro.\n\n" + b);
        kit.editBody("desktop", POST_1, b -> b + "\n\nDesktop outro.\n");
        kit.with("desktop", lib -> {
            Post p = lib.posts().findBySlug(POST_1).orElseThrow();
            lib.posts().save(p.toBuilder().title("Desktop's title").build(), true);
        });
        kit.sync("laptop");
        assertThat(kit.sync("desktop").conflicts()).isZero();
        kit.sync("laptop");
        Post merged = kit.post("laptop", POST_1);
        assertThat(merged.body()).startsWith("Laptop intro.\n\n").endsWith("\n\nDesktop outro.\n");
        assertThat(merged.title()).isEqualTo("Desktop's title");
        assertEqualLibraries();
        assertThat(conflicts("laptop")).isEmpty();
    }

    @Test
    void theSameLineChangedOnBothSidesLosesNothing() throws Exception {
        kit.editBody("laptop", POST_1, b -> b.replaceFirst("Over the past two years", "LAPTOP: over the past two years"));
        kit.editBody("desktop", POST_1, b -> b.replaceFirst("Over the past two years", "DESKTOP: over the past two years"));
        kit.sync("laptop");
        SyncReport desktop = kit.sync("desktop");
        assertThat(desktop.conflicts()).isEqualTo(1);
        // The library keeps its own version; the other is a conflict revision, the post is flagged.
        assertThat(kit.post("desktop", POST_1).body()).contains("DESKTOP: over");
        List<ConflictVersion> flagged = conflicts("desktop");
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).parsed().body()).contains("LAPTOP: over");
        kit.sync("laptop");
        assertEqualLibraries();
        assertThat(conflicts("laptop")).hasSize(1);
        // Resolving on one side clears the flag on both after a sync.
        kit.with("laptop", lib -> {
            var sync = LibraryTexts.of(lib).sync();
            sync.conflicts().forEach(c -> sync.resolve(c.revisionId()));
        });
        kit.sync("laptop");
        kit.sync("desktop");
        assertThat(conflicts("desktop")).isEmpty();
        assertEqualLibraries();
    }

    @Test
    void anEditWinsOverADeleteAndIsFlagged() throws Exception {
        kit.with("laptop", lib -> {
            long id = lib.posts().findBySlug(POST_2).orElseThrow().id();
            lib.organizer().trash(List.of(id));
            lib.organizer().deleteForever(List.of(id));
        });
        kit.editBody("desktop", POST_2, b -> b + "\nStill needed.\n");
        kit.sync("laptop");
        kit.sync("desktop");
        kit.sync("laptop");
        assertThat(kit.post("laptop", POST_2).body()).endsWith("Still needed.\n");
        assertThat(conflicts("laptop")).hasSize(1);
        assertEqualLibraries();
    }

    @Test
    void reordersOnBothSidesMergeWithoutDuplicates() throws Exception {
        kit.with("laptop", lib -> {
            List<PostSummary> order = lib.posts().list(PostQuery.all());
            lib.organizer().move(order.get(5).id(), null, order.get(0).id());
        });
        kit.with("desktop", lib -> {
            List<PostSummary> order = lib.posts().list(PostQuery.all());
            lib.organizer().move(order.get(4).id(), null, order.get(0).id());
        });
        kit.sync("laptop");
        kit.sync("desktop");
        kit.sync("laptop");
        assertEqualLibraries();
        kit.with("laptop", lib -> {
            List<Double> positions = lib.posts().posts(PostQuery.all()).stream().map(Post::position).toList();
            assertThat(positions).doesNotHaveDuplicates();
        });
    }

    @Test
    void anUnreachableRemoteIsOneLineAndChangesNothing() throws Exception {
        kit.editBody("laptop", POST_1, b -> b + "\noffline edit\n");
        kit.with("laptop", lib -> LibraryTexts.of(lib).sync().setValue("remote", dir.resolve("gone.git").toUri().toString()));
        assertThatThrownBy(() -> kit.sync("laptop")).isInstanceOf(SyncException.class)
                .hasMessageStartingWith("offline: cannot reach ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        kit.with("laptop", lib -> LibraryTexts.of(lib).sync().setValue("remote", kit.url));
        assertThat(kit.sync("laptop").pushed()).isEqualTo(1);
        kit.sync("desktop");
        assertThat(kit.post("desktop", POST_1).body()).endsWith("offline edit\n");
    }

    @Test
    void aRefLockLeftByAKilledPushOfThisComputerDoesNotStopTheNextSync() throws Exception {
        kit.editBody("laptop", POST_1, b -> b + "\nafter the kill\n");
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        // What a kill -9 between the remote's ref lock and its release leaves: our marker naming a dead pusher,
        // and the remote's main.lock made after it.
        Files.writeString(kit.library("laptop").resolveSibling("library.db.sync").resolve("blogwright-push"),
                dead.pid() + "\n");
        Files.writeString(dir.resolve("remote.git/refs/heads/main.lock"), "0000000000000000000000000000000000000000\n");

        assertThat(kit.sync("laptop").pushed()).isEqualTo(1);
        assertThat(dir.resolve("remote.git/refs/heads/main.lock")).doesNotExist();
        kit.sync("desktop");
        assertThat(kit.post("desktop", POST_1).body()).endsWith("after the kill\n");
    }

    @Test
    void theRemoteRepositoryIsPlainGitWithMarkdownFiles() throws Exception {
        try (Git git = Git.open(dir.resolve("remote.git").toFile())) {
            assertThat(git.getRepository().resolve("refs/heads/main")).isNotNull();
        }
        Process fsck = new ProcessBuilder("git", "--git-dir", dir.resolve("remote.git").toString(), "fsck", "--strict")
                .redirectErrorStream(true).start();
        String out = new String(fsck.getInputStream().readAllBytes());
        assertThat(fsck.waitFor()).as(out).isZero();
    }

    private List<ConflictVersion> conflicts(String name) throws Exception {
        List<ConflictVersion>[] out = new List[1];
        kit.with(name, lib -> out[0] = LibraryTexts.of(lib).sync().conflicts());
        return out[0];
    }

    @Test
    void pagesAndTheirParentsSyncAndARenamedParentReachesItsChild() throws Exception {
        kit.with("laptop", lib -> {
            Post company = lib.posts().create(Post.draft("Company", "We make tools.").kind(PostKind.PAGE).build());
            lib.posts().create(Post.draft("About", "Who we are.").kind(PostKind.PAGE).parentId(company.id()).build());
        });
        kit.sync("laptop");
        kit.sync("desktop");
        Post about = kit.post("desktop", "about");
        assertThat(about.kind()).isEqualTo(PostKind.PAGE);
        assertThat(kit.post("desktop", "company").id()).isEqualTo(about.parentId());
        assertEqualLibraries();
        assertThat(kit.text("laptop")).containsKey("pages/about.md");
        // The parent's slug is in the child's file, and the child's own version does not change with it.
        kit.with("desktop", lib -> {
            Post company = lib.posts().findBySlug("company").orElseThrow();
            lib.posts().save(company.toBuilder().slug("the-company").build(), true);
        });
        kit.sync("desktop");
        kit.sync("laptop");
        assertThat(new String(kit.text("laptop").get("pages/about.md"))).contains("parent: the-company");
        assertThat(kit.post("laptop", "about").parentId()).isEqualTo(kit.post("laptop", "the-company").id());
        assertEqualLibraries();
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
