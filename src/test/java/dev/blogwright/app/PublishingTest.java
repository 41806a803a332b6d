package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.publish.DeployManifest;
import dev.blogwright.logic.publish.DeployOptions;
import dev.blogwright.logic.publish.DeployRecord;
import dev.blogwright.logic.publish.DeployReport;
import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.RecordingSites;
import dev.blogwright.logic.publish.SiteFolders;
import dev.blogwright.model.Post;
import dev.blogwright.store.TestLibraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deploys of the sample blog to a folder target through the app's door, as the command line and the app do. */
class PublishingTest {
    @TempDir
    Path dir;
    private BlogLibrary lib;
    private RecordingSites recorded;
    private Publishing publishing;
    private Path www;

    @BeforeEach
    void openSample() {
        lib = TestLibraries.sample(dir);
        recorded = new RecordingSites();
        publishing = new Publishing(lib, recorded.sites(), new ExportService(), new DeploySecrets());
        www = dir.resolve("www");
        publishing.targets().save(DeployTarget.of("production", www.toUri().toString()));
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private DeployReport deploy(DeployOptions options) throws IOException {
        return publishing.deploy(Deployment.toTarget("production", options));
    }

    private DeployReport deploy() throws IOException {
        return deploy(DeployOptions.defaults());
    }

    private Post anyPost() {
        return lib.indexPosts(false).get(lib.indexPosts(false).size() / 2);
    }

    @Test
    void theFirstDeployEqualsTheExportByteForByte() throws IOException {
        DeployReport report = deploy();
        SiteFolders.assertDeployed(publishing.bundleFolder(), www);
        assertThat(report.uploaded()).isEqualTo(SiteFolders.exportHashes(publishing.bundleFolder()).size());
        assertThat(report.deleted()).isZero();
        assertThat(recorded.finished).hasSize(1);
    }

    @Test
    void aSecondDeployOfTheSameSiteSendsNothing() throws IOException {
        deploy();
        recorded.clear();
        DeployReport again = deploy();
        assertThat(again.uploaded()).isZero();
        assertThat(again.unchanged()).isEqualTo(SiteFolders.exportHashes(publishing.bundleFolder()).size());
        assertThat(recorded.uploads).isEmpty();
        assertThat(recorded.deletes).isEmpty();
    }

    @Test
    void anEditedPostSendsExactlyTheFilesTheExportChanged() throws IOException {
        deploy();
        Map<String, String> before = SiteFolders.exportHashes(publishing.bundleFolder());
        Post post = anyPost();
        lib.posts().update(post.id(), p -> p.toBuilder().title(p.title() + " revised")
                .body(p.body() + "\n\nOne more sentence.").build(), true);
        recorded.clear();
        deploy();
        Map<String, String> after = SiteFolders.exportHashes(publishing.bundleFolder());
        Set<String> changed = SiteFolders.changed(before, after);
        assertThat(recorded.siteUploads()).containsExactlyInAnyOrderElementsOf(changed);
        String page = "posts/" + post.slug() + "/index.html";
        assertThat(changed).contains(page, "feed.xml", "atom.xml", "search-index.json");
        // The title also shows in the previous and next posts' links; no other post page changes.
        assertThat(changed.stream().filter(p -> p.startsWith("posts/"))).contains(page).hasSizeLessThanOrEqualTo(3);
        assertThat(recorded.uploads).last().isEqualTo(DeployManifest.FILE);
        SiteFolders.assertDeployed(publishing.bundleFolder(), www);
    }

    @Test
    void aTrashedPostsPageIsDeletedRemotely() throws IOException {
        deploy();
        Post post = anyPost();
        lib.organizer().trash(List.of(post.id()));
        recorded.clear();
        DeployReport report = deploy();
        assertThat(recorded.siteDeletes()).contains("posts/" + post.slug() + "/index.html");
        assertThat(report.deleted()).isEqualTo(recorded.siteDeletes().size());
        assertThat(www.resolve("posts").resolve(post.slug())).doesNotExist();
        SiteFolders.assertDeployed(publishing.bundleFolder(), www);
    }

    @Test
    void aFileDeletedByHandComesBackWithVerify() throws IOException {
        deploy();
        Post post = anyPost();
        Path page = www.resolve("posts").resolve(post.slug()).resolve("index.html");
        Files.delete(page);
        Files.writeString(www.resolve("assets/style.css"), "/* edited on the server */");
        assertThat(deploy().uploaded()).as("trusting the manifest").isZero();
        recorded.clear();
        DeployReport verified = deploy(DeployOptions.defaults().withVerify(true));
        assertThat(recorded.siteUploads()).containsExactlyInAnyOrder("posts/" + post.slug() + "/index.html",
                "assets/style.css");
        assertThat(verified.plan().verified()).isTrue();
        SiteFolders.assertDeployed(publishing.bundleFolder(), www);
    }

    @Test
    void theUsersOwnFilesAreNeverTouched() throws IOException {
        Files.createDirectories(www.resolve("downloads"));
        Files.writeString(www.resolve("downloads/cv.pdf"), "my cv");
        Files.writeString(www.resolve("CNAME"), "blog.example.org");
        deploy();
        Post post = anyPost();
        lib.organizer().trash(List.of(post.id()));
        deploy(DeployOptions.defaults().withVerify(true));
        assertThat(Files.readString(www.resolve("downloads/cv.pdf"))).isEqualTo("my cv");
        assertThat(Files.readString(www.resolve("CNAME"))).isEqualTo("blog.example.org");
        SiteFolders.assertDeployed(publishing.bundleFolder(), www, "downloads/cv.pdf", "CNAME");
    }

    @Test
    void aDryRunTouchesNothing() throws IOException {
        DeployReport first = deploy(DeployOptions.defaults().withDryRun(true));
        assertThat(first.dryRun()).isTrue();
        assertThat(first.uploaded()).isPositive();
        assertThat(www).doesNotExist();
        deploy();
        Map<String, String> deployed = SiteFolders.files(www);
        lib.organizer().trash(List.of(anyPost().id()));
        recorded.clear();
        DeployReport plan = deploy(DeployOptions.defaults().withDryRun(true));
        assertThat(plan.deleted()).isPositive();
        assertThat(recorded.uploads).isEmpty();
        assertThat(recorded.deletes).isEmpty();
        assertThat(SiteFolders.files(www)).isEqualTo(deployed);
        assertThat(publishing.targets().history("production", 10)).hasSize(1);
    }

    @Test
    void theDeleteGuardRefusesToDeleteTooMuchUnlessConfirmed() throws IOException {
        deploy();
        Map<String, String> deployed = SiteFolders.files(www);
        List<Post> posts = lib.indexPosts(false);
        lib.organizer().trash(posts.subList(0, posts.size() - 1).stream().map(Post::id).toList());
        assertThatThrownBy(this::deploy).isInstanceOf(PublishException.class)
                .hasMessageContaining("Refusing to delete").hasMessageContaining("25 %");
        assertThat(SiteFolders.files(www)).isEqualTo(deployed);
        DeployReport confirmed = deploy(DeployOptions.defaults().withConfirmDeletes(true));
        assertThat(confirmed.deleted()).isPositive();
        SiteFolders.assertDeployed(publishing.bundleFolder(), www);
    }

    @Test
    void aCancelledDeployLeavesAWholeSiteAndTheNextOneFinishes() throws IOException {
        deploy();
        lib.posts().update(anyPost().id(), p -> p.toBuilder().title(p.title() + " (revised)").build(), true);
        boolean[] cancel = {false};
        DeployOptions cancelAfterThree = DeployOptions.defaults().withCancelled(() -> cancel[0])
                .withProgress((files, total, bytes, totalBytes, current) -> cancel[0] = files >= 3);
        assertThatThrownBy(() -> deploy(cancelAfterThree))
                .isInstanceOf(PublishException.class)
                .satisfies(e -> assertThat(((PublishException) e).problem()).isEqualTo(PublishException.Problem.CANCELLED));
        assertThat(www.resolve(DeployManifest.PENDING)).exists();
        recorded.clear();
        DeployReport next = deploy();
        assertThat(next.plan().verified()).as("a cut-off deploy is checked file by file").isTrue();
        assertThat(www.resolve(DeployManifest.PENDING)).doesNotExist();
        SiteFolders.assertDeployed(publishing.bundleFolder(), www);
    }

    @Test
    void eachDeployJoinsTheTargetsHistoryNewestFirst() throws IOException {
        deploy();
        Files.writeString(dir.resolve("plain-file"), "not a folder");
        publishing.targets().save(DeployTarget.of("production", dir.resolve("plain-file/www").toUri().toString()));
        assertThatThrownBy(this::deploy).isInstanceOf(PublishException.class).hasMessageContaining("Not a folder");
        List<DeployRecord> history = publishing.targets().history("production", 10);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).ok()).isFalse();
        assertThat(history.get(0).result()).startsWith("Not a folder");
        assertThat(history.get(1).ok()).isTrue();
        assertThat(history.get(1).result()).startsWith("uploaded " + history.get(1).uploaded() + ", deleted 0");
    }

    @Test
    void anUnknownTargetNameIsOneLine() {
        assertThatThrownBy(() -> publishing.deploy(Deployment.toTarget("staging", DeployOptions.defaults())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "No target named 'staging'; see 'blogwright target list'");
    }
}
