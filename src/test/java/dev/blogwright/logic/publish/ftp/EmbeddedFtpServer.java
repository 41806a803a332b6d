package dev.blogwright.logic.publish.ftp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blogwright.logic.publish.TargetAccess;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * Apache FtpServer in the test JVM on a free loopback port, started once for all FTP test classes: plain FTP and
 * explicit TLS on the same port (a certificate keytool makes), implicit TLS on a second port, and one user per situation a deploy meets — a
 * writer, a read-only user, a user over quota (the server answers 552 to every upload, as a full account does), a
 * user whose idle connections the server drops after a second, and one whose renames may not replace a file.
 */
final class EmbeddedFtpServer {
    static final String PASSWORD = "open sesame";
    private static final String STORE_PASSWORD = "changeit";
    private static EmbeddedFtpServer shared;
    private static String failure;

    private final FtpServer server;
    private final Path homes;
    private final int port;
    private final int implicitPort;
    private final String fingerprint;
    /** Uploads that travelled over TLS on both the control and the data connection. */
    final AtomicInteger secureUploads = new AtomicInteger();
    /** Renames the "strict" user's server refused because the target existed. */
    final AtomicInteger refusedRenames = new AtomicInteger();
    private final AtomicInteger runs = new AtomicInteger();

    private EmbeddedFtpServer(Path homes, int port, int implicitPort, Path keystore) throws IOException,
            FtpException, GeneralSecurityException {
        this.homes = homes;
        this.port = port;
        this.implicitPort = implicitPort;
        this.fingerprint = fingerprintOf(keystore);
        SslConfigurationFactory tls = new SslConfigurationFactory();
        tls.setKeystoreFile(keystore.toFile());
        tls.setKeystorePassword(STORE_PASSWORD);
        tls.setKeystoreType("PKCS12");
        SslConfiguration tlsConfig = tls.createSslConfiguration();
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        data.setSslConfiguration(tlsConfig);
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(port);
        listener.setSslConfiguration(tlsConfig);
        listener.setImplicitSsl(false);
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());

        ListenerFactory implicit = new ListenerFactory(listener.createListener());
        implicit.setPort(implicitPort);
        implicit.setImplicitSsl(true);

        FtpServerFactory factory = new FtpServerFactory();
        factory.addListener("default", listener.createListener());
        factory.addListener("implicit", implicit.createListener());
        factory.setUserManager(users());
        factory.setFtplets(Map.of("watch", new Watch()));
        server = factory.createServer();
        server.start();
    }

    /** The running server, started on first use; skips the calling test where it cannot start. */
    static synchronized EmbeddedFtpServer shared() {
        if (shared == null && failure == null) {
            try {
                Path dir = Files.createTempDirectory("ftpserver");
                shared = new EmbeddedFtpServer(dir.resolve("homes"), freePort(), freePort(), keystore(dir));
                Runtime.getRuntime().addShutdownHook(new Thread(shared.server::stop));
            } catch (IOException | FtpException | GeneralSecurityException | InterruptedException | RuntimeException e) {
                failure = "FtpServer did not start: " + e;
            }
        }
        assumeTrue(failure == null, failure);
        return shared;
    }

    int port() {
        return port;
    }

    /** The port that speaks TLS from the first byte (implicit FTPS). */
    int implicitPort() {
        return implicitPort;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The SHA256 fingerprint of the server's self-signed certificate. */
    String fingerprint() {
        return fingerprint;
    }

    /** A user's home folder as a folder of this computer. */
    Path home(String user) {
        return homes.resolve(user);
    }

    /** A folder name under the writer's home no test used before. */
    String freshFolder() {
        return "runs/" + runs.incrementAndGet();
    }

    static TargetAccess password(String password) {
        return new TargetAccess(password.toCharArray(), null, null, null, null);
    }

    static TargetAccess passwordAndCertificate(String certificateFingerprint) {
        return new TargetAccess(PASSWORD.toCharArray(), null, certificateFingerprint, null, null);
    }

    private UserManager users() throws IOException, FtpException {
        PropertiesUserManagerFactory factory = new PropertiesUserManagerFactory();
        Files.createDirectories(homes);
        Path file = homes.getParent().resolve("users.properties");
        Files.writeString(file, "");
        factory.setFile(file.toFile());
        factory.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager users = factory.createUserManager();
        users.save(user("writer", true, 0));
        users.save(user("reader", false, 0));
        users.save(user("full", true, 0));
        users.save(user("sleepy", true, 1));
        users.save(user("strict", true, 0));
        return users;
    }

    private BaseUser user(String name, boolean write, int maxIdleSeconds) throws IOException {
        BaseUser user = new BaseUser();
        user.setName(name);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(Files.createDirectories(homes.resolve(name)).toString());
        user.setMaxIdleTime(maxIdleSeconds);
        List<Authority> rights = write ? List.of(new WritePermission(), new ConcurrentLoginPermission(0, 0))
                : List.of(new ConcurrentLoginPermission(0, 0));
        user.setAuthorities(rights);
        return user;
    }

    private static Path keystore(Path dir) throws IOException, InterruptedException {
        Path keystore = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "ftp", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        return keystore;
    }

    private static String fingerprintOf(Path keystore) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        return PinnedCertificateTrust.fingerprint((X509Certificate) store.getCertificate("ftp"));
    }

    /**
     * Plays the full account and a server that will not rename over an existing file (user "strict", as some
     * Windows servers do), and notes which uploads were encrypted end to end.
     */
    private final class Watch extends DefaultFtplet {
        @Override
        public FtpletResult beforeCommand(FtpSession session, FtpRequest request) throws FtpException, IOException {
            if ("RNTO".equals(request.getCommand()) && "strict".equals(session.getUser().getName())
                    && session.getFileSystemView().getFile(request.getArgument()).doesExist()) {
                refusedRenames.incrementAndGet();
                session.write(new DefaultFtpReply(553, "Requested action not taken: file exists"));
                return FtpletResult.SKIP;
            }
            return super.beforeCommand(session, request);
        }

        @Override
        public FtpletResult onUploadStart(FtpSession session, FtpRequest request) throws FtpException, IOException {
            if ("full".equals(session.getUser().getName())) {
                session.write(new DefaultFtpReply(552, "Requested file action aborted: exceeded storage allocation"));
                return FtpletResult.SKIP;
            }
            return FtpletResult.DEFAULT;
        }

        @Override
        public FtpletResult onUploadEnd(FtpSession session, FtpRequest request) {
            if (session.isSecure() && session.getDataConnection().isSecure()) {
                secureUploads.incrementAndGet();
            }
            return FtpletResult.DEFAULT;
        }
    }
}
