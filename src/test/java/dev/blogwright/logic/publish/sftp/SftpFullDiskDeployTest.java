package dev.blogwright.logic.publish.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blogwright.logic.publish.DeployManifest;
import dev.blogwright.logic.publish.DeployOptions;
import dev.blogwright.logic.publish.Deployer;
import dev.blogwright.logic.publish.LocalBundle;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteSites;
import dev.blogwright.logic.publish.SiteFolders;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.testing.LoopbackSshd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole deploy over SFTP into a folder whose disk fills up halfway (a small tmpfs, so root is needed): one line
 * naming the problem, the site as it was (old pages, old manifest, no temporary file left by any of the parallel
 * channels), and once there is room the next deploy completes.
 */
class SftpFullDiskDeployTest {
    @RegisterExtension
    static final LoopbackSshd SSHD = new LoopbackSshd();

    @TempDir
    Path dir;

    @Test
    void aDiskFullHalfwayIsOneLineAndTheNextDeployCompletes() throws Exception {
        Path www = Files.createDirectories(dir.resolve("server/www"));
        assumeTrue(mount(www, "size=256k"), "cannot mount a small tmpfs here (needs root with CAP_SYS_ADMIN)");
        try {
            Deployer deployer = new Deployer(new RemoteSites(List.of(new SftpRemoteSiteFactory(
                    SSHD.sshDirWithKnownHosts(dir.resolve("home"), SSHD.knownHostsLine())))));
            TargetUrl url = TargetUrl.parse("sftp://" + SSHD.user() + "@" + SSHD.host() + ":" + SSHD.port()
                    + www.toUri().getRawPath());
            TargetAccess key = new TargetAccess(null, SSHD.clientKey(), null, null, null);
            DeployOptions options = DeployOptions.defaults().withConfirmDeletes(true);
            Path v1 = bundle("v1", 0);
            deployer.deploy(v1, url, key, options);
            byte[] manifest = Files.readAllBytes(www.resolve(DeployManifest.FILE));

            Path v2 = bundle("v2", 12); // twelve 64 KB posts: 768 KB for a 256 KB disk
            Throwable thrown = Assertions.catchThrowable(() -> deployer.deploy(v2, url, key,
                    options));
            assertThat(thrown).isInstanceOf(PublishException.class);
            assertThat(((PublishException) thrown).problem()).isEqualTo(Problem.QUOTA);
            assertThat(thrown.getMessage()).doesNotContain("\n");
            assertThat(www.resolve("index.html")).hasContent("index v1");
            assertThat(www.resolve(DeployManifest.FILE)).hasBinaryContent(manifest);
            try (Stream<Path> all = Files.walk(www)) {
                assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }

            remount(www, "size=4m");
            deployer.deploy(v2, url, key, options);
            SiteFolders.assertDeployed(v2, www);
        } finally {
            LoopbackSshd.run(dir, "umount", www.toString());
        }
    }

    /** A bundle with an index, a few small pages and {@code bigPosts} posts of 64 KB of noise each. */
    private Path bundle(String version, int bigPosts) throws IOException {
        Path root = Files.createDirectories(dir.resolve("bundle-" + version));
        StringBuilder json = new StringBuilder("{\"fileHash\":\"murmur3-x64-128\",\"files\":{");
        json.append(file(root, "index.html", ("index " + version).getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 5; i++) {
            json.append(',').append(file(root, "tags/t" + i + "/index.html",
                    ("tag " + i).getBytes(StandardCharsets.UTF_8)));
        }
        Random random = new Random(bigPosts);
        for (int i = 0; i < bigPosts; i++) {
            byte[] noise = new byte[64 * 1024];
            random.nextBytes(noise);
            json.append(',').append(file(root, "posts/big-" + i + "/photo.bin", noise));
        }
        Files.writeString(root.resolve(LocalBundle.MANIFEST), json.append("}}"));
        return root;
    }

    private static String file(Path root, String path, byte[] bytes) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return "\"" + path + "\":\"h" + Arrays.hashCode(bytes) + "\"";
    }

    private static boolean mount(Path at, String size) {
        try {
            LoopbackSshd.run(at.getParent(), "mount", "-t", "tmpfs", "-o", size, "tmpfs", at.toString());
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void remount(Path at, String size) throws IOException, InterruptedException {
        LoopbackSshd.run(at.getParent(), "mount", "-o", "remount," + size, at.toString());
    }
}
