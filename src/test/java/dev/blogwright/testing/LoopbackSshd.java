package dev.blogwright.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's OpenSSH {@code sshd} on a free loopback port with its own config, host key and client key, for the tests
 * of the SFTP and Git-over-SSH targets; it never touches the system's sshd or ~/.ssh. Register it with
 * {@code @RegisterExtension static final LoopbackSshd SSHD = new LoopbackSshd();}: it starts before the class's tests
 * and stops after them, and the tests skip themselves (JUnit assumption) where {@code /usr/sbin/sshd} is absent or
 * will not start, so {@code mvn verify} passes on a machine without it.
 */
public final class LoopbackSshd implements BeforeAllCallback, AfterAllCallback {
    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private Path dir;
    private Process process;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assumeTrue(Files.isExecutable(SSHD), "no " + SSHD + " here (apt-get install openssh-server)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-keygen")), "no ssh-keygen here");
        dir = Files.createTempDirectory("loopback-sshd");
        // The server reads authorized_keys as the user who logs in, which may be nobody (see userWithoutRights).
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        keygen(dir.resolve("host_ed25519"));
        keygen(dir.resolve("client_ed25519"));
        Files.copy(dir.resolve("client_ed25519.pub"), dir.resolve("authorized_keys"));
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (dir != null) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void start() throws IOException, InterruptedException {
        try {
            Files.createDirectories(Path.of("/run/sshd")); // privilege separation; absent until the service ran
        } catch (IOException notRoot) {
            // a non-root sshd does without it; if it cannot, it will not start and the tests skip below
        }
        port = freePort();
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("host_ed25519"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PidFile " + dir.resolve("sshd.pid"),
                "PermitRootLogin prohibit-password",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "Subsystem sftp internal-sftp",
                ""), StandardCharsets.UTF_8);
        Path log = dir.resolve("sshd.log");
        process = new ProcessBuilder(SSHD.toString(), "-f", config.toString(), "-D", "-e")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                assumeTrue(false, "sshd did not start: " + Files.readString(log).strip());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        assumeTrue(false, "sshd did not listen within " + START_TIMEOUT + ": " + Files.readString(log).strip());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Runs ssh-keygen (or another short command) and fails with its output when it does not succeed. */
    public static String run(Path workDir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
        return out;
    }

    private void keygen(Path key) throws IOException, InterruptedException {
        run(dir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "loopback", "-f", key.toString());
    }

    /** Who logs in: the user running the tests (root on CI; a non-root sshd lets in only its own user). */
    public String user() {
        return System.getProperty("user.name");
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** The private key the server lets in (for root, and for {@link #userWithoutRights()}). */
    public Path clientKey() {
        return dir.resolve("client_ed25519");
    }

    /** The host key's fingerprint as {@code ssh-keygen -lf} prints it ({@code SHA256:…}). */
    public String hostKeyFingerprint() throws IOException, InterruptedException {
        return fingerprintOf(dir.resolve("host_ed25519.pub"));
    }

    /** A {@code known_hosts} line for this server, as ssh writes it for a non-standard port. */
    public String knownHostsLine() throws IOException {
        return knownHostsLine(dir.resolve("host_ed25519.pub"));
    }

    /**
     * A {@code known_hosts} line that names this server with another key: what a client remembers when the server's
     * key has changed since (or a man in the middle answers). A new key each call.
     */
    public String knownHostsLineWithAnotherKey() throws IOException, InterruptedException {
        Path other = Files.createTempDirectory(dir, "other").resolve("host_ed25519");
        keygen(other);
        return knownHostsLine(other.resolveSibling("host_ed25519.pub"));
    }

    /** A fresh key pair the server does not know; its private key file. */
    public Path unknownClientKey() throws IOException, InterruptedException {
        Path key = Files.createTempDirectory(dir, "stranger").resolve("id_ed25519");
        keygen(key);
        return key;
    }

    private String knownHostsLine(Path publicKey) throws IOException {
        String[] parts = Files.readString(publicKey).strip().split(" ");
        return "[" + host() + "]:" + port + " " + parts[0] + " " + parts[1];
    }

    /** A {@code ~/.ssh} folder whose known_hosts holds the given lines (and nothing else). */
    public Path sshDirWithKnownHosts(Path parent, String... lines) throws IOException {
        Path ssh = Files.createDirectories(parent.resolve(".ssh"));
        List<String> all = new ArrayList<>(List.of(lines));
        Files.write(ssh.resolve("known_hosts"), all, StandardCharsets.UTF_8);
        return ssh;
    }

    public static String fingerprintOf(Path publicKey) throws IOException, InterruptedException {
        return run(publicKey.getParent(), "ssh-keygen", "-lf", publicKey.toString()).split(" ")[1];
    }

    /**
     * An existing user without root's rights who may log in with {@link #clientKey()}, so that a folder only root
     * may write gives a real "permission denied" (the server runs as root here, and root writes anywhere).
     * Debian's {@code nobody} serves: its shell is {@code nologin}, but the internal SFTP server needs no shell.
     * When the tests do not run as root, the server lets in only their own user, who serves as well.
     */
    public String userWithoutRights() throws IOException, InterruptedException {
        if (!"root".equals(user())) {
            return user(); // a folder without write permission (r-x) stops its owner too, unless the owner is root
        }
        assumeTrue(Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith("nobody:")),
                "no user nobody here");
        return "nobody";
    }
}
