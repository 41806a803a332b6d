package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePreviewServerTest {
    @TempDir
    Path dir;
    private SitePreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("site/posts"));
        Files.writeString(dir.resolve("site/index.html"), "<html><body><h1>Home</h1></body></html>");
        Files.writeString(dir.resolve("site/posts/style.css"), "h1{}");
        Files.writeString(dir.resolve("secret.txt"), "not for the browser");
        server = SitePreviewServer.start();
        server.publish(dir.resolve("site"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A raw request, since HTTP clients tidy "../" away before it reaches the server. */
    private String raw(String path) throws Exception {
        return raw(path, "127.0.0.1:" + server.address().getPort());
    }

    private String raw(String path, String host) throws Exception {
        URI at = server.address();
        try (Socket s = new Socket(at.getHost(), at.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = s.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void servesTheIndexPageOnLoopback() throws Exception {
        assertThat(server.address().getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(home.body()).contains("<h1>Home</h1>").contains(SitePreviewServer.GENERATION_PATH);
        assertThat(get("/posts/style.css").body()).isEqualTo("h1{}");
    }

    @Test
    void aMissingFileIs404() throws Exception {
        assertThat(get("/nope.html").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesPathsThatClimbOutOfTheSite() throws Exception {
        assertThat(raw("/../secret.txt")).startsWith("HTTP/1.1 403").doesNotContain("not for the browser");
        assertThat(raw("/posts/../../secret.txt")).startsWith("HTTP/1.1 403");
        assertThat(raw("/%2e%2e/secret.txt")).doesNotContain("not for the browser");
        assertThat(SitePreviewServer.resolve(dir, "/a/../../x")).isNull();
    }

    @Test
    void aPageThatReachesTheServerUnderAnotherNameIsRefused() throws Exception {
        assertThat(raw("/", "evil.example:" + server.address().getPort())).startsWith("HTTP/1.1 403")
                .doesNotContain("Home");
        assertThat(raw("/", "localhost:" + server.address().getPort())).startsWith("HTTP/1.1 200");
    }

    @Test
    void eachExportMovesTheGenerationOnSoPagesReload() throws Exception {
        String before = get(SitePreviewServer.GENERATION_PATH).body();
        server.publish(dir.resolve("site"));
        assertThat(get(SitePreviewServer.GENERATION_PATH).body()).isNotEqualTo(before);
    }
}
