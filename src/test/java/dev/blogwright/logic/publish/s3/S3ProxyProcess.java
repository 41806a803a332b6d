package dev.blogwright.logic.publish.s3;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * S3Proxy (a real S3 API over a folder) as a child process on a free loopback port, started once for all S3 test
 * classes of a test JVM and stopped when it exits. The jar is the one Maven copied to {@code target/s3proxy}; where
 * it is missing or will not start, the tests skip themselves.
 */
final class S3ProxyProcess {
    static final String IDENTITY = "blogwright-test";
    static final String CREDENTIAL = "blogwright-test-secret";
    private static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");
    private static S3ProxyProcess shared;
    private static String failure;

    private final Process process;
    private final Path blobs;
    private final int port;

    private S3ProxyProcess(Process process, Path blobs, int port) {
        this.process = process;
        this.blobs = blobs;
        this.port = port;
    }

    /** The running server, started on first use; skips the calling test where it cannot run. */
    static synchronized S3ProxyProcess shared() {
        if (shared == null && failure == null) {
            try {
                shared = start();
            } catch (IOException | InterruptedException e) {
                failure = "S3Proxy did not start: " + e.getMessage();
            }
        }
        assumeTrue(failure == null, failure);
        return shared;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The folder that holds a bucket's objects as plain files. */
    Path bucketFolder(String bucket) {
        return blobs.resolve(bucket);
    }

    private static S3ProxyProcess start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IOException(JAR + " is missing (mvn process-test-resources copies it)");
        }
        Path dir = Files.createTempDirectory("s3proxy");
        Path blobs = Files.createDirectories(dir.resolve("blobs"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path properties = dir.resolve("s3proxy.conf");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + CREDENTIAL,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + blobs), StandardCharsets.UTF_8);
        Path log = dir.resolve("s3proxy.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-jar", JAR.toAbsolutePath().toString(), "--properties",
                properties.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        S3ProxyProcess proxy = new S3ProxyProcess(p, blobs, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> proxy.stop(dir)));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("exited with " + p.exitValue() + ": " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return proxy;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IOException("no answer on port " + port + " within 60 s");
    }

    private void stop(Path dir) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
