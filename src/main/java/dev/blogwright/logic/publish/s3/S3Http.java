package dev.blogwright.logic.publish.s3;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handful of signed S3 calls a deploy makes, over the JDK's HTTP client: list, GET, PUT and DELETE of objects in
 * one bucket. Replaces the AWS SDK's client for speed alone: in a fresh process the SDK's start (some 2,000 classes,
 * its request pipeline and endpoint rules) was most of a one-post deploy's S3 side (BENCHMARKS.md, issue #18).
 * Transient failures (a dropped keep-alive connection, 500/503) are tried again twice; a refused connection is not.
 */
final class S3Http {
    private static final Logger LOG = LoggerFactory.getLogger(S3Http.class);
    private static final Set<Integer> TRANSIENT = Set.of(500, 502, 503, 504);
    private static final int ATTEMPTS = 3;

    /** A response: status, one header looked up by name, the body (empty for HEAD and most PUTs). */
    record Response(int status, HttpResponse<byte[]> raw) {
        byte[] body() {
            return raw.body() == null ? new byte[0] : raw.body();
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        S3Xml.Error error() {
            return S3Xml.error(body());
        }
    }

    /** A file to PUT, with the two hashes its request carries (SigV4's SHA-256, S3's Content-MD5). */
    record Payload(Path file, String sha256, String md5Base64) {
        static Payload of(Path file) throws IOException {
            MessageDigest sha = SigV4.sha256();
            MessageDigest md5;
            try {
                md5 = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has MD5", e);
            }
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    sha.update(buffer, 0, n);
                    md5.update(buffer, 0, n);
                }
            }
            return new Payload(file, HexFormat.of().formatHex(sha.digest()),
                    Base64.getEncoder().encodeToString(md5.digest()));
        }
    }

    private final HttpClient http;
    private final S3Endpoint endpoint;
    private final SigV4.Keys keys;
    private final S3Errors errors;
    private volatile String region;

    S3Http(S3Endpoint endpoint, String region, SigV4.Keys keys, S3Errors errors) {
        // HTTP/1.1: S3 and the compatible stores speak it everywhere; the client then keeps a pool of connections
        // for the parallel PUTs. Redirects are S3's way to say "wrong region" and are handled below, not followed.
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(15)).followRedirects(HttpClient.Redirect.NEVER);
        if (!endpoint.secure()) {
            // The client sets up the JVM's default TLS context even if it never speaks TLS: the trust store and
            // some 400 classes, 0.1-0.15 s of CPU. Over plain http:// it gets one that trusts no certificate.
            builder.sslContext(NoTls.context());
        }
        this.http = builder.build();
        this.endpoint = endpoint;
        this.region = region;
        this.keys = keys;
        this.errors = errors;
    }

    /**
     * Sends one signed request and returns the store's answer, whatever its status; the network's failures, after
     * the retries, come back as one-line {@link PublishException}s.
     *
     * @param key the object's key, or null for a call on the bucket (a listing)
     * @param headers further headers to send and sign (lower-case names), e.g. content-type
     */
    Response send(String method, String key, Map<String, String> query, Map<String, String> headers,
            Payload payload, String action) throws IOException {
        boolean regionMoved = false;
        for (int attempt = 1;; attempt++) {
            Response response;
            try {
                response = once(method, key, query, headers, payload);
            } catch (PublishException e) {
                throw e;
            } catch (IOException e) {
                if (attempt < ATTEMPTS && !S3Errors.isNetwork(e)) {
                    LOG.debug("S3 {} failed, trying again: {}", action, e.toString());
                    pause(attempt);
                    continue;
                }
                throw errors.map(e, action);
            }
            String moved = response.raw().headers().firstValue("x-amz-bucket-region").orElse(null);
            if (!regionMoved && endpoint.followsRegion() && !response.ok() && moved != null
                    && !moved.equals(region)) {
                // AWS named without a region: the bucket's own region is in the refusal; sign for it and ask again.
                LOG.info("S3 bucket {} is in region {}, not {}", endpoint.bucket(), moved, region);
                region = moved;
                regionMoved = true;
                attempt--;
                continue;
            }
            if (TRANSIENT.contains(response.status()) && attempt < ATTEMPTS) {
                LOG.debug("S3 {} answered {}, trying again", action, response.status());
                pause(attempt);
                continue;
            }
            return response;
        }
    }

    /** The error a non-2xx answer stands for. */
    PublishException failure(Response response, String action) {
        S3Xml.Error error = response.error();
        String detail = "HTTP " + response.status() + (error.code() == null ? "" : " " + error.code())
                + (error.message() == null ? "" : ": " + error.message());
        return errors.map(response.status(), error.code(), error.message(), action, new IOException(detail));
    }

    private Response once(String method, String key, Map<String, String> query, Map<String, String> extra,
            Payload payload) throws IOException {
        String rawPath = endpoint.rawPath(key);
        URI host = endpoint.hostUri(region);
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("host", host.getRawAuthority());
        SigV4.sign(method, rawPath, query, headers, payload == null ? SigV4.EMPTY_SHA256 : payload.sha256(), keys,
                region, Instant.now());
        String queryString = SigV4.canonicalQuery(query);
        URI uri = URI.create(host.getScheme() + "://" + host.getRawAuthority() + rawPath
                + (queryString.isEmpty() ? "" : "?" + queryString));
        BodyPublisher body = payload == null ? BodyPublishers.noBody() : BodyPublishers.ofFile(payload.file());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, body);
        // The client sets Host itself (to the same authority); it refuses to be given it.
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException(Problem.CANCELLED, "Deploy cancelled", e);
        }
    }

    private static void pause(int attempt) throws PublishException {
        try {
            Thread.sleep(100L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException(Problem.CANCELLED, "Deploy cancelled", e);
        }
    }
}
