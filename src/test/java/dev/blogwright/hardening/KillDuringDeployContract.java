package dev.blogwright.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.publish.DeployOptions;
import dev.blogwright.logic.publish.Deployer;
import dev.blogwright.logic.publish.RemoteSites;
import dev.blogwright.logic.publish.SiteFolders;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a child JVM deploying to a folder, at random moments of deploys that add, change and delete posts:
 * from the index page every link of the half-deployed site resolves, and the next deploy completes and leaves
 * exactly the export on the target.
 */
class KillDuringDeployTest {
    private static final int KILLS = Integer.getInteger("blogwright.deployKills", 10);
    private static final int POSTS = 80;
    private static final long DELAY_MS = 30;

    @TempDir
    Path dir;

    @Test
    void aKilledDeployLeavesLinksResolvingAndTheNextOneCompletes() throws Exception {
        Path library = dir.resolve("library.db");
        Path bundle = dir.resolve("site");
        Path www = dir.resolve("www");
        String url = www.toUri().toString();
        Path log = dir.resolve("child-stderr.log");
        Random random = new Random(7);
        int killedMidway = 0;
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            GeneratedLibraries.fill(lib, dir, POSTS, 3);
            export(lib, bundle);
            deployCompletely(bundle, url);
            for (int round = 1; round <= KILLS; round++) {
                change(lib, round, random);
                export(lib, bundle);
                try (ChildJvm child = ChildJvm.start(CrashDeployerMain.class, log, "READY", bundle.toString(), url,
                        Long.toString(DELAY_MS))) {
                    if (!child.awaitReady(60)) {
                        fail("deploy child did not start: " + Files.readString(log));
                    }
                    // A deploy of one round's changes takes about a second at 30 ms a file, so most kills land inside it.
                    Thread.sleep(random.nextInt(600));
                    boolean finished = child.lines().stream().anyMatch(l -> l.startsWith("DEPLOYED"));
                    child.kill();
                    killedMidway += finished ? 0 : 1;
                }
                assertThat(SiteLinkCrawl.brokenLinks(www)).as("broken links after kill %d", round).isEmpty();
                deployCompletely(bundle, url);
                SiteFolders.assertDeployed(bundle, www);
                assertThat(SiteLinkCrawl.brokenLinks(www)).isEmpty();
            }
        }
        assertThat(killedMidway).as("kills that landed during a deploy").isGreaterThanOrEqualTo(KILLS / 2);
    }

    private static void export(BlogLibrary lib, Path bundle) throws IOException {
        new ExportService().export(lib.siteContent(false), bundle, ExportOptions.of(ExportFormat.HTML), (d, t) -> { });
    }

    private static void deployCompletely(Path bundle, String url) throws IOException {
        new Deployer(RemoteSites.standard()).deploy(bundle, TargetUrl.parse(url), TargetAccess.NONE,
                DeployOptions.defaults().withConfirmDeletes(true));
    }

    /** Renames a few posts, trashes one and adds one in a category of its own, so pages are sent and deleted. */
    private static void change(BlogLibrary lib, int round, Random random) {
        List<Post> posts = lib.indexPosts(false);
        for (int i = 0; i < 3; i++) {
            Post p = posts.get(random.nextInt(posts.size()));
            lib.posts().update(p.id(), q -> q.toBuilder().title(q.title() + " r" + round).build(), true);
        }
        lib.organizer().trash(List.of(posts.get(random.nextInt(posts.size())).id()));
        lib.posts().create(Post.draft("Round " + round + " news", "Fresh words for round " + round + ".")
                .status(PostStatus.PUBLISHED).publishedAt(Instant.parse("2025-06-01T00:00:00Z").plusSeconds(round))
                .categoryId(lib.taxonomy().categoryNamed("Round " + round).id())
                .tags(List.of("round-" + round)).build());
    }
}
