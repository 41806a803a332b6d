package dev.blogwright.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the app's last site export on a loopback port (the JDK's HTTP server), so the whole site — links between
 * pages, feeds, assets with absolute paths — works in the user's browser as it will on the web. Only files inside
 * the export folder are served: a path that climbs out of it, through {@code ..} or a link, is refused. After each
 * export {@link #publish} moves the generation on, and every page the server sent reloads itself.
 */
public final class SitePreviewServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SitePreviewServer.class);
    /** Where pages ask which export they show; outside any site's own names. */
    static final String GENERATION_PATH = "/__blogwright/generation";
    private static final String RELOAD_SCRIPT = """
            <script>(function(){var g=null;setInterval(function(){fetch('%s',{cache:'no-store'}).then(function(r){\
            return r.text();}).then(function(t){if(g!==null&&t!==g){location.reload();}g=t;}).catch(function(){});},\
            1000);})();</script>""".formatted(GENERATION_PATH);
    private final HttpServer server;
    private final ExecutorService workers;
    private final AtomicLong generation = new AtomicLong();
    private volatile Path root;

    private SitePreviewServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Starts a server on a free loopback port; it serves nothing until {@link #publish}. */
    public static SitePreviewServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "site-preview");
            t.setDaemon(true);
            return t;
        });
        SitePreviewServer preview = new SitePreviewServer(server, workers);
        server.createContext("/", preview::handle);
        server.setExecutor(workers);
        server.start();
        LOG.info("site preview serves on {}", preview.address());
        return preview;
    }

    /** Serves {@code folder} (a finished export) from now on; pages already open reload. */
    public void publish(Path folder) throws IOException {
        root = folder.toRealPath();
        generation.incrementAndGet();
    }

    public URI address() {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain", "Only GET and HEAD.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!fromThisMachine(exchange)) {
                send(exchange, 403, "text/plain", "Only for this computer.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (GENERATION_PATH.equals(path)) {
                send(exchange, 200, "text/plain", Long.toString(generation.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path base = root;
            Path file = base == null ? null : resolve(base, path);
            if (file == null) {
                send(exchange, base == null ? 404 : 403, "text/plain",
                        (base == null ? "Nothing exported yet." : "Outside the site.").getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(base)) {
                send(exchange, 404, "text/plain", "Not found.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = contentType(file);
            byte[] body;
            try (InputStream in = Files.newInputStream(file)) {
                body = in.readAllBytes();
            }
            if (type.startsWith("text/html")) {
                body = withReload(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, type, body);
        } catch (IOException | RuntimeException e) {
            LOG.warn("site preview could not answer {}", exchange.getRequestURI(), e);
        }
    }

    /**
     * Whether the request names this server by a loopback name: a web page whose host name was re-pointed at
     * 127.0.0.1 (DNS rebinding) sends its own name and is refused, so no site can read the export through the user.
     */
    private boolean fromThisMachine(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        int port = server.getAddress().getPort();
        return host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port)
                || host.equals("[::1]:" + port));
    }

    /** The file a URL path names inside {@code base}, or null when it would leave it. */
    static Path resolve(Path base, String urlPath) {
        String p = urlPath == null || urlPath.isEmpty() ? "/" : urlPath;
        if (p.indexOf('\0') >= 0 || p.contains("\\")) {
            return null;
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                return null;
            }
        }
        Path file = base.resolve(p.substring(1)).normalize();
        return file.startsWith(base) ? file : null;
    }

    private static String withReload(String html) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return at < 0 ? html + RELOAD_SCRIPT : html.substring(0, at) + RELOAD_SCRIPT + html.substring(at);
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html", "htm" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "avif" -> "image/avif";
            case "ico" -> "image/x-icon";
            case "woff2" -> "font/woff2";
            default -> "application/octet-stream";
        };
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
