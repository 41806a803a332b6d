package dev.blogwright.logic.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where each kind of S3 target's requests go: the URL forms S3 and the compatible stores expect. */
class S3EndpointTest {
    @Test
    void pathStylePutsTheBucketInThePath() {
        S3Endpoint e = S3Endpoint.of(URI.create("http://127.0.0.1:9000/"), true, "site", false);
        assertThat(e.hostUri("us-east-1")).hasToString("http://127.0.0.1:9000");
        assertThat(e.rawPath("blog/a b.html")).isEqualTo("/site/blog/a%20b.html");
        assertThat(e.rawPath(null)).isEqualTo("/site");
    }

    @Test
    void virtualHostedStylePutsTheBucketInTheHostName() {
        S3Endpoint e = S3Endpoint.of(URI.create("https://fra1.digitaloceanspaces.com"), false, "site", false);
        assertThat(e.hostUri("fra1")).hasToString("https://site.fra1.digitaloceanspaces.com");
        assertThat(e.rawPath("index.html")).isEqualTo("/index.html");
        assertThat(e.rawPath(null)).isEqualTo("/");
    }

    @Test
    void aDefaultPortIsDroppedSoTheSignedHostIsTheSentOne() {
        S3Endpoint e = S3Endpoint.of(URI.create("HTTPS://minio.example:443/"), true, "b", false);
        assertThat(e.hostUri("us-east-1")).hasToString("https://minio.example");
    }

    @Test
    void awsIsTheRegionsVirtualHostAndPathStyleForADottedBucket() {
        S3Endpoint plain = S3Endpoint.of(null, false, "my-site", true);
        assertThat(plain.hostUri("eu-central-1")).hasToString("https://my-site.s3.eu-central-1.amazonaws.com");
        assertThat(plain.rawPath("a.html")).isEqualTo("/a.html");
        S3Endpoint dotted = S3Endpoint.of(null, false, "www.example.org", true);
        assertThat(dotted.hostUri("us-east-1")).hasToString("https://s3.us-east-1.amazonaws.com");
        assertThat(dotted.rawPath("a.html")).isEqualTo("/www.example.org/a.html");
    }
}
