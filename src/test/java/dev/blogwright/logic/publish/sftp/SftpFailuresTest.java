package dev.blogwright.logic.publish.sftp;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Each way an SFTP deploy can fail ends in one line naming the problem, against a real OpenSSH server. */
class SftpFailuresTest {
    @RegisterExtension
    static final LoopbackSshd SSHD = new LoopbackSshd();

    @TempDir
    Path home;
    @TempDir
    Path server;

    private TargetUrl url(String user, int port, Path root) {
        return TargetUrl.parse("sftp://" + user + "@" + SSHD.host() + ":" + port + root.toUri().getRawPath());
    }

    private TargetUrl url() {
        return url(SSHD.user(), SSHD.port(), server);
    }

    private static TargetAccess key(Path keyFile, String trustedHostKey) {
        return new TargetAccess(null, keyFile, trustedHostKey, null, null);
    }

    private SftpRemoteSiteFactory trusting() throws IOException {
        return new SftpRemoteSiteFactory(SSHD.sshDirWithKnownHosts(home, SSHD.knownHostsLine()));
    }

    @Test
    void anUnknownHostKeyIsRefusedWithItsFingerprint() throws Exception {
        SftpRemoteSiteFactory factory = new SftpRemoteSiteFactory(SSHD.sshDirWithKnownHosts(home));
        PublishException e = SshCases.failure(() -> factory.open(url(), key(SSHD.clientKey(), null)));
        assertThat(e.problem()).isEqualTo(Problem.HOST_KEY_UNKNOWN);
        assertThat(e.fingerprint()).isEqualTo(SSHD.hostKeyFingerprint());
        assertThat(e.getMessage()).contains(SSHD.hostKeyFingerprint());
    }

    @Test
    void theFingerprintTheUserAcceptedLetsIn() throws Exception {
        SftpRemoteSiteFactory factory = new SftpRemoteSiteFactory(SSHD.sshDirWithKnownHosts(home));
        try (RemoteSite site = factory.open(url(), key(SSHD.clientKey(), SSHD.hostKeyFingerprint()))) {
            assertThat(site.list()).isEmpty();
        }
    }

    @Test
    void aHashedKnownHostsEntryIsRecognised() throws Exception {
        Path ssh = SSHD.sshDirWithKnownHosts(home, SSHD.knownHostsLine());
        LoopbackSshd.run(ssh, "ssh-keygen", "-H", "-f", ssh.resolve("known_hosts").toString());
        assertThat(Files.readString(ssh.resolve("known_hosts"))).startsWith("|1|");
        try (RemoteSite site = new SftpRemoteSiteFactory(ssh).open(url(), key(SSHD.clientKey(), null))) {
            assertThat(site.list()).isEmpty();
        }
    }

    @Test
    void aChangedHostKeyIsNeverConnectedToEvenWithTheFingerprintAccepted() throws Exception {
        Path ssh = SSHD.sshDirWithKnownHosts(home, SSHD.knownHostsLineWithAnotherKey());
        PublishException e = SshCases.failure(() -> new SftpRemoteSiteFactory(ssh)
                .open(url(), key(SSHD.clientKey(), SSHD.hostKeyFingerprint())));
        assertThat(e.problem()).isEqualTo(Problem.HOST_KEY_CHANGED);
        assertThat(e.fingerprint()).isEqualTo(SSHD.hostKeyFingerprint());
    }

    @Test
    void anAcceptedFingerprintThatNoLongerMatchesIsAChangedKey() throws Exception {
        SftpRemoteSiteFactory factory = new SftpRemoteSiteFactory(SSHD.sshDirWithKnownHosts(home));
        PublishException e = SshCases.failure(() -> factory.open(url(),
                key(SSHD.clientKey(), "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")));
        assertThat(e.problem()).isEqualTo(Problem.HOST_KEY_CHANGED);
    }

    @Test
    void aKeyTheServerDoesNotKnowIsAnAuthenticationFailure() throws Exception {
        SftpRemoteSiteFactory factory = trusting();
        Path stranger = SSHD.unknownClientKey();
        assertThat(SshCases.failure(() -> factory.open(url(), key(stranger, null))).problem())
                .isEqualTo(Problem.AUTHENTICATION);
    }

    @Test
    void aMissingKeyFileIsAnAuthenticationFailure() throws Exception {
        SftpRemoteSiteFactory factory = trusting();
        assertThat(SshCases.failure(() -> factory.open(url(), key(home.resolve("no_such_key"), null))).problem())
                .isEqualTo(Problem.AUTHENTICATION);
    }

    @Test
    void theDefaultKeysInSshAreUsedWhenTheTargetNamesNone() throws Exception {
        Path ssh = SSHD.sshDirWithKnownHosts(home, SSHD.knownHostsLine());
        Files.copy(SSHD.clientKey(), ssh.resolve("id_ed25519"));
        try (RemoteSite site = new SftpRemoteSiteFactory(ssh).open(url(), TargetAccess.NONE)) {
            assertThat(site.list()).isEmpty();
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        SftpRemoteSiteFactory factory = trusting();
        int port = closed;
        assertThat(SshCases.failure(() -> factory.open(url(SSHD.user(), port, server), key(SSHD.clientKey(), null)))
                .problem()).isEqualTo(Problem.UNREACHABLE);
    }

    @Test
    void aFolderTheUserMayNotWriteGivesPermissionDenied() throws Exception {
        // The server runs as root, who writes anywhere: log in as a user without rights to a root-owned folder.
        String user = SSHD.userWithoutRights();
        Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path locked = Files.createDirectories(server.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path page = Files.writeString(home.resolve("page.html"), "<p>page</p>");
        try (RemoteSite site = trusting().open(url(user, SSHD.port(), locked), key(SSHD.clientKey(), null))) {
            PublishException e = SshCases.failure(() -> site.upload("index.html", page, UploadHints.BINARY));
            assertThat(e.problem()).isEqualTo(Problem.PERMISSION);
            assertThat(e.getMessage()).contains("index.html");
        }
        try (var files = Files.list(locked)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFullDiskIsAQuotaProblemAndLeavesNoHalfFile() throws Exception {
        Path small = Files.createDirectories(server.resolve("small"));
        boolean mounted = mountSmallDisk(small);
        assumeTrue(mounted, "cannot mount a small tmpfs here (needs root with CAP_SYS_ADMIN)");
        try {
            Path big = home.resolve("big.bin");
            byte[] bytes = new byte[512 * 1024];
            new Random(7).nextBytes(bytes);
            Files.write(big, bytes);
            Path old = Files.writeString(small.resolve("big.bin"), "the old file");
            try (RemoteSite site = trusting().open(url(SSHD.user(), SSHD.port(), small), key(SSHD.clientKey(), null))) {
                PublishException e = SshCases.failure(() -> site.upload("big.bin", big, UploadHints.BINARY));
                assertThat(e.problem()).isEqualTo(Problem.QUOTA);
            }
            assertThat(old).hasContent("the old file");
            try (var files = Files.list(small)) {
                assertThat(files).containsExactly(old);
            }
        } finally {
            LoopbackSshd.run(server, "umount", small.toString());
        }
    }

    private static boolean mountSmallDisk(Path at) {
        try {
            LoopbackSshd.run(at.getParent(), "mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", at.toString());
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
