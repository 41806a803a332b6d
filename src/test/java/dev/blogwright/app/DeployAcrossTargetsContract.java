package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.publish.DeployManifest;
import dev.blogwright.logic.publish.DeployOptions;
import dev.blogwright.logic.publish.DeployReport;
import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.RecordingSites;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import dev.blogwright.logic.publish.SiteFolders;
import dev.blogwright.model.Post;
import dev.blogwright.store.TestLibraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy engine end to end against one real server: the sample blog exported and deployed through
 * {@link Publishing}, as the command line and the app do it, and the server's copy read back from its own disk.
 * One subclass per target; each starts its server once per class and gives every test a fresh, empty place on it.
 */
public abstract class DeployAcrossTargetsContract {
    @TempDir
    protected Path dir;
    private BlogLibrary lib;
    private RecordingSites recorded;
    private Publishing publishing;

    /** The target's factory, set up to trust the test server (known hosts, certificate, cache folders). */
    protected abstract RemoteSiteFactory factory() throws IOException;

    /** A target with working credentials that points at a fresh, empty place on the server. */
    protected abstract DeployTarget freshTarget(String name) throws IOException;

    /** What the server holds for the target now, as a folder of this computer (every file, the user's too). */
    protected abstract Path remoteFolder() throws IOException;

    /** Makes the next deploy present wrong credentials (a wrong password, or a key the server does not know). */
    protected abstract void useWrongCredentials() throws IOException;

    /** False for a target that asks for no credentials at all (a Git repository on disk). */
    protected boolean hasCredentials() {
        return true;
    }

    /** The password a deploy gives, or null where the target logs in otherwise (key, AWS credentials). */
    protected char[] password() {
        return null;
    }

    /** Deletes a file on the server by hand, as a user with an FTP client would. */
    protected void deleteOnServer(String path) throws IOException {
        Files.delete(remoteFolder().resolve(path));
    }

    /** Puts a file of the user's own on the server by hand. */
    protected void putOnServer(String path, String content) throws IOException {
        Path file = remoteFolder().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @BeforeEach
    final void openSampleAndTarget() throws IOException {
        lib = TestLibraries.sample(dir);
        recorded = new RecordingSites();
        publishing = new Publishing(lib, recorded.sites(factory()), new ExportService(), new DeploySecrets());
        publishing.targets().save(freshTarget("production"));
    }

    @AfterEach
    final void closeLibrary() {
        lib.close();
    }

    protected final Publishing publishing() {
        return publishing;
    }

    private DeployReport deploy(DeployOptions options) throws IOException {
        return publishing.deploy(Deployment.toTarget("production", options).withPassword(password()));
    }

    private DeployReport deploy() throws IOException {
        return deploy(DeployOptions.defaults());
    }

    private Post anyPost() {
        List<Post> posts = lib.indexPosts(false);
        return posts.get(posts.size() / 2);
    }

    private void assertServerHoldsTheExport(String... usersOwn) throws IOException {
        SiteFolders.assertDeployed(publishing.bundleFolder(), remoteFolder(), usersOwn);
    }

    @Test
    void theFirstDeployEqualsTheExportByteForByte() throws IOException {
        DeployReport report = deploy();
        assertServerHoldsTheExport();
        assertThat(report.uploaded()).isEqualTo(SiteFolders.exportHashes(publishing.bundleFolder()).size());
        assertThat(report.deleted()).isZero();
        assertThat(recorded.uploads).last().isEqualTo(DeployManifest.FILE);
    }

    @Test
    void anEditedPostSendsExactlyTheFilesTheExportChanged() throws IOException {
        deploy();
        Map<String, String> before = SiteFolders.exportHashes(publishing.bundleFolder());
        Post post = anyPost();
        lib.posts().update(post.id(), p -> p.toBuilder().title(p.title() + " revised")
                .body(p.body() + "\n\nOne more sentence.").build(), true);
        recorded.clear();
        DeployReport report = deploy();
        Set<String> changed = SiteFolders.changed(before, SiteFolders.exportHashes(publishing.bundleFolder()));
        assertThat(changed).contains("posts/" + post.slug() + "/index.html", "feed.xml", "sitemap.xml");
        assertThat(recorded.siteUploads()).containsExactlyInAnyOrderElementsOf(changed);
        assertThat(report.uploaded()).isEqualTo(changed.size());
        assertThat(recorded.siteDeletes()).isEmpty();
        assertServerHoldsTheExport();
    }

    @Test
    void aTrashedPostsPageIsRemovedFromTheServer() throws IOException {
        deploy();
        Post post = anyPost();
        String page = "posts/" + post.slug() + "/index.html";
        assertThat(remoteFolder().resolve(page)).exists();
        lib.organizer().trash(List.of(post.id()));
        recorded.clear();
        DeployReport report = deploy();
        assertThat(recorded.siteDeletes()).contains(page);
        assertThat(report.deleted()).isEqualTo(recorded.siteDeletes().size());
        assertThat(remoteFolder().resolve(page)).doesNotExist();
        assertServerHoldsTheExport();
    }

    @Test
    void aFileDeletedOnTheServerByHandIsBackAfterVerify() throws IOException {
        deploy();
        String page = "posts/" + anyPost().slug() + "/index.html";
        deleteOnServer(page);
        assertThat(deploy().uploaded()).as("a deploy that trusts the manifest").isZero();
        recorded.clear();
        DeployReport verified = deploy(DeployOptions.defaults().withVerify(true));
        assertThat(verified.plan().verified()).isTrue();
        assertThat(recorded.siteUploads()).containsExactly(page);
        assertServerHoldsTheExport();
    }

    @Test
    void theUsersOwnFilesOnTheServerAreNeverTouched() throws IOException {
        deploy();
        putOnServer("downloads/cv.pdf", "my cv");
        putOnServer("CNAME", "blog.example.org");
        lib.organizer().trash(List.of(anyPost().id()));
        recorded.clear();
        deploy(DeployOptions.defaults().withVerify(true));
        assertThat(recorded.uploads).doesNotContain("downloads/cv.pdf", "CNAME");
        assertThat(recorded.deletes).doesNotContain("downloads/cv.pdf", "CNAME");
        assertThat(remoteFolder().resolve("downloads/cv.pdf")).hasContent("my cv");
        assertThat(remoteFolder().resolve("CNAME")).hasContent("blog.example.org");
        assertServerHoldsTheExport("downloads/cv.pdf", "CNAME");
    }

    @Test
    void wrongCredentialsGiveOneClearLineAndLeaveTheSiteAsItWas() throws IOException {
        assumeTrue(hasCredentials(), "this target asks for no credentials");
        deploy();
        SortedMap<String, String> deployed = SiteFolders.files(remoteFolder());
        lib.posts().update(anyPost().id(), p -> p.toBuilder().title(p.title() + " (never sent)").build(), true);
        useWrongCredentials();
        PublishException e = catchThrowableOfType(PublishException.class, this::deploy);
        assertThat(e).as("a deploy with wrong credentials fails").isNotNull();
        assertThat(e.problem()).isEqualTo(PublishException.Problem.AUTHENTICATION);
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
        assertThat(SiteFolders.files(remoteFolder())).isEqualTo(deployed);
        assertThat(publishing.targets().history("production", 10)).first()
                .satisfies(r -> assertThat(r.ok()).isFalse());
    }
}
