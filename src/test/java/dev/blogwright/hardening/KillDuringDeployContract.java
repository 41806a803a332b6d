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
import dev.blogwright.logic.publish.SiteFolders;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a child JVM deploying to a target, at random moments of deploys that add, change and delete posts:
 * from the index page every link of the half-deployed site resolves, and the next deploy completes and leaves
 * exactly the export on the target. One subclass per kind of target (a folder here, SFTP, S3, FTP and Git in their
 * packages); the target must show its files as a local folder (the loopback servers store them on this disk).
 */
public abstract class KillDuringDeployContract {
    private static final int KILLS = Integer.getInteger("blogwright.deployKills", 10);
    private static final int POSTS = 80;

    @TempDir
    protected Path dir;

    /** The target's URL; called once per test, after {@code dir} is set. */
    protected abstract String url() throws Exception;

    /**
     * Where the target's files are on this disk, as they are now: asked again after each kill and each deploy (a Git
     * target writes its branch's tip out into a new folder each time).
     */
    protected abstract Path remoteFolder() throws Exception;

    /** How the parent and the child open the target: {@code key=FILE}, {@code sshDir=DIR}, {@code s3=ID:SECRET}. */
    protected List<String> access() throws Exception {
        return List.of();
    }

    /** How long each file waits before it is sent, so kills land among the files (uploads go several at once). */
    protected long delayMs() {
        return 30;
    }

    @Test
    void aKilledDeployLeavesLinksResolvingAndTheNextOneCompletes() throws Exception {
        Path library = dir.resolve("library.db");
        Path bundle = dir.resolve("site");
        String url = url();
        List<String> access = access();
        Path log = dir.resolve("child-stderr.log");
        Random random = new Random(7);
        int killedMidway = 0;
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            GeneratedLibraries.fill(lib, dir, POSTS, 3);
            export(lib, bundle);
            deployCompletely(bundle, url, access);
            for (int round = 1; round <= KILLS; round++) {
                change(lib, round, random);
                export(lib, bundle);
                List<String> args = new ArrayList<>(List.of(bundle.toString(), url, Long.toString(delayMs())));
                args.addAll(access);
                try (ChildJvm child = ChildJvm.start(CrashDeployerMain.class, log, "READY", args.toArray(String[]::new))) {
                    if (!child.awaitReady(60)) {
                        fail("deploy child did not start: " + Files.readString(log));
                    }
                    // A deploy of one round's changes takes about a second at the delay per file, so most kills land
                    // inside it.
                    Thread.sleep(random.nextInt(600));
                    boolean finished = child.lines().stream().anyMatch(l -> l.startsWith("DEPLOYED"));
                    child.kill();
                    killedMidway += finished ? 0 : 1;
                }
                assertThat(SiteLinkCrawl.brokenLinks(remoteFolder())).as("broken links after kill %d", round).isEmpty();
                deployCompletely(bundle, url, access);
                Path www = remoteFolder();
                SiteFolders.assertDeployed(bundle, www);
                assertThat(SiteLinkCrawl.brokenLinks(www)).isEmpty();
            }
        }
        assertThat(killedMidway).as("kills that landed during a deploy").isGreaterThanOrEqualTo(KILLS / 2);
    }

    private static void export(BlogLibrary lib, Path bundle) throws IOException {
        new ExportService().export(lib.siteContent(false), bundle, ExportOptions.of(ExportFormat.HTML), (d, t) -> { });
    }

    private static void deployCompletely(Path bundle, String url, List<String> access) throws IOException {
        new Deployer(CrashDeployerMain.sites(access)).deploy(bundle, TargetUrl.parse(url),
                CrashDeployerMain.access(access), DeployOptions.defaults().withConfirmDeletes(true));
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
