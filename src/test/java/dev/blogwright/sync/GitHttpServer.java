package dev.blogwright.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real smart-HTTP Git server on loopback for tests: Git's own {@code git http-backend} (the CGI program that
 * Apache and nginx run for Git hosting) behind the JDK's HTTP server, serving the repositories under one folder at
 * {@code http://127.0.0.1:PORT/git/<name>.git}. Every request must carry the token as the Basic user name, as
 * JGit sends it from {@code BLOGWRIGHT_GIT_TOKEN}; without it or with another one the answer is 401.
 * JGit's own servlet (org.eclipse.jgit.http.server) would serve the same protocol, but it is not in the package
 * registry this project builds from, and this needs no new dependency. Plain HTTP: TLS would only add a test
 * certificate that JGit must be told to trust; the token check is the same.
 */
final class GitHttpServer implements AutoCloseable {
    private static final String PREFIX = "/git";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Path root;
    private final String token;
    private final AtomicInteger authorized = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    GitHttpServer(Path root, String token) throws IOException {
        this.root = root;
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext(PREFIX + "/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The URL of the repository {@code name} (a folder under the root, such as {@code remote.git}). */
    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + "/" + name;
    }

    /** How many requests came with the right token, and how many were turned away. */
    int authorized() {
        return authorized.get();
    }

    int refused() {
        return refused.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!hasToken(ex.getRequestHeaders().getFirst("Authorization"))) {
                refused.incrementAndGet();
                ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"blogwright test\"");
                ex.sendResponseHeaders(401, -1);
                return;
            }
            authorized.incrementAndGet();
            cgi(ex);
        }
    }

    private boolean hasToken(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String userAndPassword = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                StandardCharsets.UTF_8);
        int colon = userAndPassword.indexOf(':');
        return (colon < 0 ? userAndPassword : userAndPassword.substring(0, colon)).equals(token);
    }

    /** Runs {@code git http-backend} for the request, as a web server runs a CGI program. */
    private void cgi(HttpExchange ex) throws IOException {
        Path body = Files.createTempFile("git-http-", ".body");
        try {
            try (InputStream in = ex.getRequestBody()) {
                Files.copy(in, body, StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder pb = new ProcessBuilder("git", "http-backend");
            Map<String, String> env = pb.environment();
            env.put("GIT_PROJECT_ROOT", root.toString());
            env.put("GIT_HTTP_EXPORT_ALL", "1");
            // http-backend accepts pushes only from an authenticated user.
            env.put("REMOTE_USER", "writer");
            env.put("REMOTE_ADDR", "127.0.0.1");
            env.put("REQUEST_METHOD", ex.getRequestMethod());
            env.put("PATH_INFO", ex.getRequestURI().getRawPath().substring(PREFIX.length()));
            env.put("QUERY_STRING", ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery());
            env.put("CONTENT_LENGTH", Long.toString(Files.size(body)));
            putHeader(ex, env, "Content-Type", "CONTENT_TYPE");
            putHeader(ex, env, "Content-Encoding", "HTTP_CONTENT_ENCODING");
            putHeader(ex, env, "Git-Protocol", "HTTP_GIT_PROTOCOL");
            pb.redirectInput(body.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            try (InputStream out = p.getInputStream()) {
                int status = 200;
                String line;
                while (!(line = headerLine(out)).isEmpty()) {
                    int colon = line.indexOf(':');
                    String name = line.substring(0, colon).strip();
                    String value = line.substring(colon + 1).strip();
                    if (name.equalsIgnoreCase("Status")) {
                        status = Integer.parseInt(value.substring(0, 3));
                    } else {
                        ex.getResponseHeaders().add(name, value);
                    }
                }
                ex.sendResponseHeaders(status, 0);
                try (OutputStream to = ex.getResponseBody()) {
                    out.transferTo(to);
                }
            }
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Files.deleteIfExists(body);
        }
    }

    private static void putHeader(HttpExchange ex, Map<String, String> env, String header, String variable) {
        String value = ex.getRequestHeaders().getFirst(header);
        if (value != null) {
            env.put(variable, value);
        }
    }

    /** One CGI header line without its line end; empty at the blank line that ends the headers (or at the end). */
    private static String headerLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
