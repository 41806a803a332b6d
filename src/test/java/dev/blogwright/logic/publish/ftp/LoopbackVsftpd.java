package dev.blogwright.logic.publish.ftp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's vsftpd on a free loopback port with its own config: explicit TLS required for the login and every data
 * connection, and {@code require_ssl_reuse} (the default), so a data connection that does not resume the control
 * connection's TLS session is refused. Anonymous users write under {@code /www} of a chroot of the test's own (vsftpd
 * checks no password for them, so no system account is made). Skips the test class where vsftpd, openssl, root or
 * the {@code ftp} user the package makes is missing (apt-get install vsftpd).
 */
final class LoopbackVsftpd implements BeforeAllCallback, AfterAllCallback {
    private static final Path VSFTPD = Path.of("/usr/sbin/vsftpd");
    private static final Path EMPTY = Path.of("/var/run/vsftpd/empty");

    private Path dir;
    private Process process;
    private int port;
    private String fingerprint;
    private final AtomicInteger runs = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assumeTrue(Files.isExecutable(VSFTPD), "no " + VSFTPD + " here (apt-get install vsftpd)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "no openssl here");
        assumeTrue("root".equals(System.getProperty("user.name")), "vsftpd chroots anonymous users: needs root");
        dir = Files.createTempDirectory("loopback-vsftpd");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path root = Files.createDirectories(dir.resolve("root"));
        Path www = Files.createDirectories(root.resolve("www"));
        UserPrincipal ftp;
        try {
            ftp = www.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("ftp");
        } catch (IOException e) {
            assumeTrue(false, "no ftp user here (the vsftpd package makes it)");
            return;
        }
        Files.setOwner(www, ftp);
        // vsftpd refuses a chroot its user can write to.
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.createDirectories(EMPTY);
        run("/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString(),
                "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1");
        fingerprint = fingerprintOf(dir.resolve("cert.pem"));
        port = freePort();
        int passive = freePort();
        Files.writeString(dir.resolve("vsftpd.conf"), String.join("\n", List.of("listen=YES",
                "listen_address=127.0.0.1", "listen_port=" + port, "background=NO", "anonymous_enable=YES",
                "no_anon_password=YES", "anon_root=" + root, "write_enable=YES", "anon_upload_enable=YES",
                "anon_mkdir_write_enable=YES", "anon_other_write_enable=YES", "anon_umask=022", "local_enable=NO",
                "ssl_enable=YES", "allow_anon_ssl=YES", "force_anon_logins_ssl=YES", "force_anon_data_ssl=YES",
                "require_ssl_reuse=YES", "rsa_cert_file=" + dir.resolve("cert.pem"),
                "rsa_private_key_file=" + dir.resolve("key.pem"), "pasv_enable=YES", "pasv_address=127.0.0.1",
                "pasv_min_port=" + passive, "pasv_max_port=" + passive, "seccomp_sandbox=NO", "isolate=NO",
                "isolate_network=NO", "secure_chroot_dir=" + EMPTY, "xferlog_enable=YES",
                "vsftpd_log_file=" + dir.resolve("vsftpd.log"), "log_ftp_protocol=YES", "")));
        process = new ProcessBuilder(VSFTPD.toString(), dir.resolve("vsftpd.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!answers(port)) {
            assumeTrue(process.isAlive() && System.nanoTime() < deadline,
                    () -> "vsftpd did not start: " + read(dir.resolve("stdout.log")));
            Thread.sleep(50);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        if (dir != null) {
            Files.setPosixFilePermissions(dir.resolve("root"), PosixFilePermissions.fromString("rwxr-xr-x"));
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    int port() {
        return port;
    }

    /** The SHA256 fingerprint of the server's self-signed certificate. */
    String fingerprint() {
        return fingerprint;
    }

    /** A fresh folder under {@code /www}, as the FTP path of a target. */
    String freshFolder() {
        return "www/run-" + runs.incrementAndGet();
    }

    /** What the server logged: each command and reply. */
    String log() {
        return read(dir.resolve("vsftpd.log"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, () -> command[0] + " failed: " + output);
    }

    private static String fingerprintOf(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            return PinnedCertificateTrust.fingerprint((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(in));
        }
    }
}
