package dev.blogwright.logic.publish.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import dev.blogwright.testing.LoopbackSshd;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Git target over SSH ({@code git+ssh://}) against Debian's OpenSSH and git-receive-pack on loopback, checked with
 * Debian's git command line: what a deploy pushed is exactly what {@code git clone} of the branch gives.
 */
class GitOverSshTest {
    @RegisterExtension
    static final LoopbackSshd SSHD = new LoopbackSshd();

    @TempDir
    Path work;
    private Path bare;

    @BeforeEach
    void makeBareRepository() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "no git here (apt-get install git)");
        bare = work.resolve("srv/site.git");
        Files.createDirectories(bare);
        LoopbackSshd.run(bare, "git", "init", "-q", "--bare");
    }

    private TargetUrl url(int port) {
        return TargetUrl.parse("git+ssh://" + SSHD.user() + "@" + SSHD.host() + ":" + port + bare.toUri().getRawPath()
                + "#gh-pages");
    }

    private GitRemoteSiteFactory factory(String... knownHosts) throws IOException {
        return new GitRemoteSiteFactory(work.resolve("cache"), SSHD.sshDirWithKnownHosts(work.resolve("home"),
                knownHosts));
    }

    private static TargetAccess key(Path keyFile) {
        return new TargetAccess(null, keyFile, null, null, null);
    }

    private Path local(String name, String content) throws IOException {
        Path p = work.resolve("local").resolve(name.replace('/', '_'));
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @Test
    void aCloneOfTheBranchGivesExactlyTheDeployedFiles() throws Exception {
        Map<String, String> site = Map.of("index.html", "<p>home</p>", "posts/ünï/index.html", "<p>post</p>",
                "css/site.css", "body{}", "old.html", "gone soon");
        try (RemoteSite remote = factory(SSHD.knownHostsLine()).open(url(SSHD.port()), key(SSHD.clientKey()))) {
            for (var e : site.entrySet()) {
                remote.upload(e.getKey(), local(e.getKey(), e.getValue()), UploadHints.BINARY);
            }
            remote.finish("first deploy");
        }
        try (RemoteSite remote = factory(SSHD.knownHostsLine()).open(url(SSHD.port()), key(SSHD.clientKey()))) {
            remote.delete("old.html");
            remote.upload("index.html", local("index2", "<p>home, edited</p>"), UploadHints.BINARY);
            remote.finish("second deploy");
        }
        Path clone = work.resolve("clone");
        LoopbackSshd.run(work, "git", "clone", "-q", "--branch", "gh-pages", bare.toUri().toString(),
                clone.toString());
        assertThat(filesIn(clone)).isEqualTo(new TreeMap<>(Map.of("index.html", "<p>home, edited</p>",
                "posts/ünï/index.html", "<p>post</p>", "css/site.css", "body{}")));
        assertThat(LoopbackSshd.run(clone, "git", "log", "--format=%s").lines().toList())
                .containsExactly("second deploy", "first deploy");
    }

    private static Map<String, String> filesIn(Path clone) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(clone)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = clone.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".git/")) {
                    files.put(rel, Files.readString(p));
                }
            }
        }
        return files;
    }

    @Test
    void anUnknownHostKeyIsRefusedWithItsFingerprint() throws Exception {
        PublishException e = catchThrowableOfType(PublishException.class,
                () -> factory().open(url(SSHD.port()), key(SSHD.clientKey())));
        assertThat(e.problem()).isEqualTo(Problem.HOST_KEY_UNKNOWN);
        assertThat(e.fingerprint()).isEqualTo(SSHD.hostKeyFingerprint());
    }

    @Test
    void theAcceptedFingerprintLetsIn() throws Exception {
        TargetAccess accepted = new TargetAccess(null, SSHD.clientKey(), SSHD.hostKeyFingerprint(), null, null);
        try (RemoteSite remote = factory().open(url(SSHD.port()), accepted)) {
            assertThat(remote.list()).isEmpty();
        }
    }

    @Test
    void aChangedHostKeyIsRefused() throws Exception {
        PublishException e = catchThrowableOfType(PublishException.class,
                () -> factory(SSHD.knownHostsLineWithAnotherKey()).open(url(SSHD.port()), key(SSHD.clientKey())));
        assertThat(e.problem()).isEqualTo(Problem.HOST_KEY_CHANGED);
    }

    @Test
    void aKeyTheServerDoesNotKnowIsAnAuthenticationFailure() throws Exception {
        Path stranger = SSHD.unknownClientKey();
        PublishException e = catchThrowableOfType(PublishException.class,
                () -> factory(SSHD.knownHostsLine()).open(url(SSHD.port()), key(stranger)));
        assertThat(e.problem()).isEqualTo(Problem.AUTHENTICATION);
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        int port = closed;
        PublishException e = catchThrowableOfType(PublishException.class,
                () -> factory(SSHD.knownHostsLine()).open(url(port), key(SSHD.clientKey())));
        assertThat(e.problem()).isEqualTo(Problem.UNREACHABLE);
    }
}
