package dev.blogwright.logic.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What S3Proxy cannot show: AWS's "the bucket is in another region" answer, a store's passing 503, and an error page
 * that is no S3 XML; against a scripted loopback server that records what it was sent.
 */
class S3HttpTest {
    private record Answer(int status, Map<String, String> headers, String body) {
    }

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void awsNamedWithoutARegionFollowsTheBucketsRegionOnce() throws IOException {
        S3Http http = client(true, n -> n == 0
                ? new Answer(301, Map.of("x-amz-bucket-region", "eu-west-3"),
                        "<Error><Code>PermanentRedirect</Code></Error>")
                : new Answer(200, Map.of(), "<ListBucketResult/>"));
        S3Http.Response response = http.send("GET", null, Map.of("list-type", "2"), Map.of(), null, "listing");
        assertThat(response.status()).isEqualTo(200);
        assertThat(authorizations).hasSize(2);
        assertThat(authorizations.get(0)).contains("/us-east-1/s3/aws4_request");
        assertThat(authorizations.get(1)).contains("/eu-west-3/s3/aws4_request");
    }

    @Test
    void aNamedRegionIsNotChangedByTheAnswer() throws IOException {
        S3Http http = client(false, n -> new Answer(301, Map.of("x-amz-bucket-region", "eu-west-3"),
                "<Error><Code>PermanentRedirect</Code><Message>Use the other endpoint</Message></Error>"));
        S3Http.Response response = http.send("GET", "a.html", Map.of(), Map.of(), null, "reading a.html");
        assertThat(authorizations).hasSize(1);
        PublishException e = http.failure(response, "reading a.html");
        assertThat(e.problem()).isEqualTo(Problem.OTHER);
        assertThat(e.getMessage()).isEqualTo("S3 reading a.html failed (PermanentRedirect): Use the other endpoint");
    }

    @Test
    void aPassing503IsTriedAgain() throws IOException {
        S3Http http = client(false, n -> n < 2 ? new Answer(503, Map.of(), "<Error><Code>SlowDown</Code></Error>")
                : new Answer(204, Map.of(), ""));
        assertThat(http.send("DELETE", "a.html", Map.of(), Map.of(), null, "delete of a.html").status())
                .isEqualTo(204);
        assertThat(authorizations).hasSize(3);
    }

    @Test
    void anHtmlErrorPageIsJudgedByItsStatus() throws IOException {
        S3Http http = client(false, n -> new Answer(403, Map.of(), "<html><body>Forbidden by the proxy"));
        S3Http.Response response = http.send("GET", "a.html", Map.of(), Map.of(), null, "reading a.html");
        PublishException e = http.failure(response, "reading a.html");
        assertThat(e.problem()).isEqualTo(Problem.PERMISSION);
        assertThat(e.getMessage()).doesNotContain("\n").contains("HTTP 403");
    }

    @Test
    void aClosedPortIsUnreachableWithoutRetries() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        S3Http http = new S3Http(S3Endpoint.of(URI.create("http://127.0.0.1:" + port), true, "site", false),
                "us-east-1", new SigV4.Keys("id", "secret", null), new S3Errors("site", "http://127.0.0.1:" + port));
        assertThatThrownBy(() -> http.send("GET", null, Map.of(), Map.of(), null, "listing"))
                .isInstanceOfSatisfying(PublishException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.UNREACHABLE));
    }

    private S3Http client(boolean followsRegion, Function<Integer, Answer> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            Answer answer = script.apply(authorizations.size() - 1);
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
        return new S3Http(S3Endpoint.of(URI.create(endpoint), true, "site", followsRegion), "us-east-1",
                new SigV4.Keys("id", "secret", null), new S3Errors("site", endpoint));
    }
}
