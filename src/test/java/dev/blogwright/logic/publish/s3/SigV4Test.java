package dev.blogwright.logic.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** The hand-written SigV4 signs as AWS documents it and as the SDK's own signer does. */
class SigV4Test {
    private static final SigV4.Keys EXAMPLE = new SigV4.Keys("AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", null);

    @Test
    void signsAwsDocumentedGetObjectExample() {
        // "Example: GET Object" of the S3 API reference's SigV4 header-authentication page.
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "examplebucket.s3.amazonaws.com");
        headers.put("range", "bytes=0-9");
        SigV4.sign("GET", "/test.txt", Map.of(), headers, SigV4.EMPTY_SHA256, EXAMPLE, "us-east-1",
                Instant.parse("2013-05-24T00:00:00Z"));
        assertThat(headers.get("authorization")).isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/"
                + "20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void signsAPutWithAnOddKeyAndAQueryAsTheSdkDoes() {
        String body = "<p>é</p>";
        String sha = HexFormat.of().formatHex(SigV4.sha256(body));
        String rawPath = "/site/blog/" + SigV4.encode("posts/a b+c/été~(1).html", false);
        Map<String, String> query = Map.of("x-id", "PutObject", "prefix", "a/b c");
        Instant now = Instant.parse("2026-12-07T11:00:00Z");
        Map<String, String> ours = new LinkedHashMap<>();
        ours.put("host", "127.0.0.1:9000");
        ours.put("content-type", "text/html; charset=utf-8");
        ours.put("cache-control", "public,  max-age=300");
        SigV4.Keys keys = new SigV4.Keys("id", "secret", "token");
        SigV4.sign("PUT", rawPath, query, ours, sha, keys, "eu-west-3", now);

        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.PUT)
                .uri(URI.create("http://127.0.0.1:9000" + rawPath)).encodedPath(rawPath)
                .putHeader("Host", "127.0.0.1:9000").putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "public,  max-age=300").putHeader("x-amz-content-sha256", sha);
        query.forEach(request::putRawQueryParameter);
        String sdk = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsSessionCredentialsIdentity.create("id", "secret",
                        "token"))
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArray(body.getBytes(StandardCharsets.UTF_8)))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-3")
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(now, ZoneOffset.UTC)))
                .request().firstMatchingHeader("Authorization").orElseThrow();
        assertThat(ours.get("authorization")).isEqualTo(sdk);
        assertThat(ours.get("x-amz-security-token")).isEqualTo("token");
    }

    @Test
    void encodesAllButTheUnreservedCharacters() {
        assertThat(SigV4.encode("a b/c+d~e_f.g-h", false)).isEqualTo("a%20b/c%2Bd~e_f.g-h");
        assertThat(SigV4.encode("a/b=c", true)).isEqualTo("a%2Fb%3Dc");
        assertThat(SigV4.encode("é", false)).isEqualTo("%C3%A9");
        assertThat(SigV4.canonicalQuery(Map.of("prefix", "", "list-type", "2"))).isEqualTo("list-type=2&prefix=");
    }

    @Test
    void theKeysNeverShowTheirSecret() {
        assertThat(EXAMPLE.toString()).doesNotContain("EXAMPLEKEY").contains("AKIAIOSFODNN7EXAMPLE");
    }
}
