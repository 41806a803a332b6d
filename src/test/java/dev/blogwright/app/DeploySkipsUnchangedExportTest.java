package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.publish.DeployOptions;
import dev.blogwright.logic.publish.RemoteSites;
import dev.blogwright.logic.publish.SiteFolders;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.store.TestLibraries;
import dev.blogwright.store.TestLibraries.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deploy whose library, theme, images, options and build are as they were at the bundle's export skips the
 * export: a second target after the first costs only the upload side. Each deploy here goes through a new
 * {@link Publishing}, as each command-line deploy is a new process. Whether the export ran shows in the manifest:
 * every export writes it anew, a skipped one leaves the very same file.
 */
class DeploySkipsUnchangedExportTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private BlogLibrary lib;
    private Path bundle;

    @BeforeEach
    void openSample() {
        lib = TestLibraries.fresh(dir, clock);
        lib.installSample();
        bundle = dir.resolve("library.site");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private void deploy(String folder) throws IOException {
        Publishing publishing = new Publishing(lib, RemoteSites.standard(), new ExportService(), new DeploySecrets());
        publishing.deploy(Deployment.toUrl(dir.resolve(folder).toUri().toString(), DeployOptions.defaults()));
    }

    /** The manifest's identity: a new file after every export. */
    private Object manifest() throws IOException {
        return Files.readAttributes(bundle.resolve(BundleWriter.MANIFEST), BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    @Test
    void aSecondTargetAfterTheFirstSkipsTheExport() throws IOException {
        deploy("staging");
        Object exported = manifest();
        deploy("production");
        assertThat(manifest()).as("not exported again").isEqualTo(exported);
        SiteFolders.assertDeployed(bundle, dir.resolve("production"));
    }

    @Test
    void anEditedPostIsExportedAgain() throws IOException {
        deploy("staging");
        Object exported = manifest();
        Post post = lib.indexPosts(false).get(0);
        lib.posts().autosave(post.id(), post.title(), "Written again after the first deploy.\n");
        deploy("production");
        assertThat(manifest()).isNotEqualTo(exported);
        assertThat(bundle.resolve("posts/" + post.slug() + "/index.html")).content()
                .contains("Written again after the first deploy.");
        SiteFolders.assertDeployed(bundle, dir.resolve("production"));
    }

    @Test
    void postsChangedAfterTheHeadsWereKeptAreExportedAsAFullExportWouldBe() throws IOException {
        deploy("staging");
        assertThat(bundle.resolve(StoredHeads.FILE)).as("the heads kept for the next deploy").exists();
        Post post = lib.indexPosts(false).get(1);
        lib.posts().save(post.toBuilder().title("Retitled after the first deploy").build(), false);
        lib.taxonomy().renameTag(lib.taxonomy().tags().get(0).id(), "Renamed tag");
        deploy("production");

        Path full = dir.resolve("full");
        try (ExportSnapshot snapshot = lib.exportSnapshot(false)) {
            new ExportService().export(snapshot.content(), full, ExportOptions.of(ExportFormat.HTML),
                    ExportProgress.NONE);
        }
        assertThat(bundle.resolve("posts/" + post.slug() + "/index.html")).content()
                .contains("Retitled after the first deploy");
        SiteFolders.assertDeployed(full, dir.resolve("production"));
    }

    @Test
    void changedSettingsAreExportedAgain() throws IOException {
        deploy("staging");
        Object exported = manifest();
        BlogSettings s = lib.settings().load();
        lib.settings().save(new BlogSettings(s.header(), "A renamed blog", s.tagline(), s.description(), s.baseUrl(),
                s.authorName(), s.language(), s.postsPerPage(), s.dateFormat(), s.indexOrder(), s.theme(),
                s.trustRawHtml(), s.timeZone()));
        deploy("production");
        assertThat(manifest()).isNotEqualTo(exported);
        assertThat(bundle.resolve("index.html")).content().contains("A renamed blog");
    }

    @Test
    void aNewImageInTheLibraryIsExportedAgain() throws IOException {
        deploy("staging");
        Object exported = manifest();
        Files.createDirectories(lib.assets().folder());
        Files.writeString(lib.assets().folder().resolve("dropped-by-hand.txt"), "not an image the library knows\n");
        deploy("production");
        assertThat(manifest()).isNotEqualTo(exported);
    }

    @Test
    void aScheduledPostWhoseTimeHasComeIsExportedAgain() throws IOException {
        Post scheduled = lib.posts().create(Post.draft("Goes live later", "Scheduled body.\n")
                .status(PostStatus.SCHEDULED).publishedAt(clock.instant().plusSeconds(3600)).build());
        deploy("staging");
        Object exported = manifest();
        assertThat(bundle.resolve("posts/" + scheduled.slug() + "/index.html")).doesNotExist();

        clock.advanceSeconds(2 * 3600);
        deploy("production");
        assertThat(manifest()).isNotEqualTo(exported);
        assertThat(bundle.resolve("posts/" + scheduled.slug() + "/index.html")).exists();
    }

    @Test
    void anotherExportIntoTheBundleFolderIsNotTakenForTheDeploysOwn() throws IOException {
        deploy("staging");
        try (ExportSnapshot snapshot = lib.exportSnapshot(true)) {
            new ExportService().export(snapshot.content(), bundle, ExportOptions.of(ExportFormat.HTML),
                    ExportProgress.NONE);
        }
        Object byHand = manifest();
        deploy("production");
        assertThat(manifest()).as("the deploy exported its own bundle again").isNotEqualTo(byHand);
        SiteFolders.assertDeployed(bundle, dir.resolve("production"));
    }

    @Test
    void aDamagedStampOnlyCostsAnExport() throws IOException {
        deploy("staging");
        Object exported = manifest();
        Files.writeString(bundle.resolve(BundleStamp.FILE), "not a stamp");
        deploy("production");
        assertThat(manifest()).isNotEqualTo(exported);
        Object again = manifest();
        deploy("elsewhere");
        assertThat(manifest()).as("the export wrote a good stamp").isEqualTo(again);
    }
}
