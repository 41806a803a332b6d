package dev.blogwright.logic.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.TargetUrl;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Each way into a bucket can fail gives one line that says which, against S3Proxy where it can show it. */
class S3RemoteSiteErrorsTest {
    private final S3RemoteSiteFactory factory = new S3RemoteSiteFactory();

    @Test
    void aWrongSecretIsAnAuthenticationProblem() {
        assertThatThrownBy(() -> factory.open(S3RemoteSiteTest.url(S3RemoteSiteTest.BUCKET, "x"),
                S3RemoteSiteTest.keys(S3ProxyProcess.IDENTITY, "not-the-secret")))
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.AUTHENTICATION);
                    assertThat(e.getMessage()).doesNotContain("\n").contains("secret key")
                            .doesNotContain("not-the-secret");
                });
    }

    @Test
    void anUnknownAccessKeyIsAnAuthenticationProblem() {
        assertThatThrownBy(() -> factory.open(S3RemoteSiteTest.url(S3RemoteSiteTest.BUCKET, "x"),
                S3RemoteSiteTest.keys("nobody", S3ProxyProcess.CREDENTIAL)))
                .isInstanceOfSatisfying(PublishException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.AUTHENTICATION));
    }

    @Test
    void aMissingBucketIsNotFound() {
        assertThatThrownBy(() -> factory.open(S3RemoteSiteTest.url("no-such-bucket", ""),
                S3RemoteSiteTest.keys(S3ProxyProcess.IDENTITY, S3ProxyProcess.CREDENTIAL)))
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("The S3 bucket 'no-such-bucket' does not exist at "
                            + S3ProxyProcess.shared().endpoint());
                });
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        TargetUrl url = TargetUrl.parse("s3://site/?endpoint=http://127.0.0.1:" + port + "&path-style=true");
        assertThatThrownBy(() -> factory.open(url, S3RemoteSiteTest.keys("a", "b")))
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("Cannot reach S3 at http://127.0.0.1:" + port);
                });
    }

    @Test
    void anEndpointThatIsNoHttpUrlIsRefusedBeforeConnecting() {
        assertThatThrownBy(() -> factory.open(TargetUrl.parse("s3://site/?endpoint=ftp://example.org"),
                S3RemoteSiteTest.keys("a", "b"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http:// or https://");
    }

    @Test
    void accessDeniedIsAPermissionProblem() {
        assertThat(map(403, "AccessDenied").problem()).isEqualTo(Problem.PERMISSION);
        assertThat(map(403, null).problem()).isEqualTo(Problem.PERMISSION);
    }

    @Test
    void aFullStoreIsAQuotaProblem() {
        assertThat(map(507, "XMinioStorageFull").problem()).isEqualTo(Problem.QUOTA);
        assertThat(map(403, "QuotaExceeded").problem()).isEqualTo(Problem.QUOTA);
        assertThat(map(507, null).problem()).isEqualTo(Problem.QUOTA);
    }

    @Test
    void aSignatureMismatchOutranksItsForbiddenStatus() {
        assertThat(map(403, "SignatureDoesNotMatch").problem()).isEqualTo(Problem.AUTHENTICATION);
    }

    @Test
    void anUnknownErrorKeepsTheServersFirstLine() {
        PublishException e = map(400, "InvalidRequest");
        assertThat(e.problem()).isEqualTo(Problem.OTHER);
        assertThat(e.getMessage()).isEqualTo("S3 upload of a.html failed (InvalidRequest): first line");
    }

    private static PublishException map(int status, String code) {
        // A HEAD response has no body: its error details carry no code, only the status.
        AwsErrorDetails details = AwsErrorDetails.builder().errorCode(code)
                .errorMessage(code == null ? null : "first line\nsecond line").build();
        S3Exception e = (S3Exception) S3Exception.builder().statusCode(status).awsErrorDetails(details).build();
        return new S3Errors("site", "http://s3.example").map(e, "upload of a.html");
    }
}
