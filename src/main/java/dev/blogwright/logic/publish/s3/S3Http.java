package dev.blogwright.logic.publish.s3;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
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
 * The handful of signed S3 calls a deploy makes, over the JDK's {@link HttpURLConnection}: list, GET, PUT and DELETE
 * of objects in one bucket. Replaces the AWS SDK's client for speed alone: in a fresh process the SDK's start (some
 * 2,000 classes, its request pipeline and endpoint rules) was most of a one-post deploy's S3 side (BENCHMARKS.md,
 * issue #18). Not {@code java.net.http.HttpClient} either: its selector thread waits in a native call for as long as
 * the client lives, and the JDK 17 VM gives any thread in native code 0.3 s to leave it before a process exits, so
 * every deploy from the command line ended 0.3 s later. Connections are kept alive between requests (up to the JDK's
 * five per host; a site sends four files at a time). Transient failures (a dropped keep-alive connection, 500/503)
 * are tried again twice; a refused connection is not.
 */
final class S3Http {
    private static final Logger LOG = LoggerFactory.getLogger(S3Http.class);
    private static final Set<Integer> TRANSIENT = Set.of(500, 502, 503, 504);
    private static final int ATTEMPTS = 3;

    /** A response: its status, the bucket's region where the store named it, the body (empty for most PUTs). */
    record Response(int status, String bucketRegion, byte[] body) {
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

    private static final int CONNECT_TIMEOUT_MS = (int) Duration.ofSeconds(15).toMillis();
    private static final int READ_TIMEOUT_MS = (int) Duration.ofSeconds(60).toMillis();

    private final S3Endpoint endpoint;
    private final SigV4.Keys keys;
    private final S3Errors errors;
    private volatile String region;

    S3Http(S3Endpoint endpoint, String region, SigV4.Keys keys, S3Errors errors) {
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
            String moved = response.bucketRegion();
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
        if (Thread.currentThread().isInterrupted()) {
            throw new PublishException(Problem.CANCELLED, "Deploy cancelled", null);
        }
        String rawPath = endpoint.rawPath(key);
        URI host = endpoint.hostUri(region);
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("host", host.getRawAuthority());
        SigV4.sign(method, rawPath, query, headers, payload == null ? SigV4.EMPTY_SHA256 : payload.sha256(), keys,
                region, Instant.now());
        String queryString = SigV4.canonicalQuery(query);
        URI uri = URI.create(host.getScheme() + "://" + host.getRawAuthority() + rawPath
                + (queryString.isEmpty() ? "" : "?" + queryString));
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
        connection.setReadTimeout(READ_TIMEOUT_MS);
        // Redirects are S3's way to say "wrong region" and are handled by the caller, not followed.
        connection.setInstanceFollowRedirects(false);
        // Caches left on (there is no response cache): turned off, the connection would send Cache-Control: no-cache,
        // which S3 stores with the object as the header its readers get.
        // The connection sets Host itself (to the same authority) and Content-Length from the streaming mode.
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                connection.setRequestProperty(name, value);
            }
        });
        try {
            if (payload != null) {
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(Files.size(payload.file()));
                try (OutputStream out = connection.getOutputStream()) {
                    Files.copy(payload.file(), out);
                }
            }
            int status = connection.getResponseCode();
            // Read to the end and closed, the connection goes back to the keep-alive pool for the next request.
            byte[] body;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                body = in == null ? new byte[0] : in.readAllBytes();
            }
            return new Response(status, connection.getHeaderField("x-amz-bucket-region"), body);
        } catch (IOException e) {
            // A half-read answer leaves the connection in no state to be used again.
            connection.disconnect();
            throw e;
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
