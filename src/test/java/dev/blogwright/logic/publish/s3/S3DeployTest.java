package dev.blogwright.logic.publish.s3;

import dev.blogwright.app.DeployAcrossTargetsContract;
import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Whole deploys of the sample blog to S3Proxy on loopback. The credentials come the AWS way, as a user's do: the
 * SDK's default chain, here through its system properties (a test cannot set the environment).
 */
class S3DeployTest extends DeployAcrossTargetsContract {
    private static final AtomicInteger RUNS = new AtomicInteger();
    private String prefix;

    @BeforeAll
    static void bucket() {
        S3RemoteSiteTest.createBucket();
    }

    @BeforeEach
    void credentials() {
        System.setProperty("aws.accessKeyId", S3ProxyProcess.IDENTITY);
        System.setProperty("aws.secretAccessKey", S3ProxyProcess.CREDENTIAL);
    }

    @AfterEach
    void forgetCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Override
    protected RemoteSiteFactory factory() {
        return new S3RemoteSiteFactory();
    }

    @Override
    protected DeployTarget freshTarget(String name) {
        prefix = "deploys/" + RUNS.incrementAndGet();
        return DeployTarget.of(name, "s3://" + S3RemoteSiteTest.BUCKET + "/" + prefix + "?endpoint="
                + S3ProxyProcess.shared().endpoint() + "&region=us-east-1&path-style=true");
    }

    @Override
    protected Path remoteFolder() {
        return S3ProxyProcess.shared().bucketFolder(S3RemoteSiteTest.BUCKET).resolve(prefix);
    }

    @Override
    protected void deleteOnServer(String path) {
        try (S3Client admin = S3RemoteSiteTest.adminClient(S3ProxyProcess.shared())) {
            admin.deleteObject(r -> r.bucket(S3RemoteSiteTest.BUCKET).key(prefix + "/" + path));
        }
    }

    @Override
    protected void putOnServer(String path, String content) {
        try (S3Client admin = S3RemoteSiteTest.adminClient(S3ProxyProcess.shared())) {
            admin.putObject(r -> r.bucket(S3RemoteSiteTest.BUCKET).key(prefix + "/" + path),
                    RequestBody.fromString(content));
        }
    }

    @Override
    protected void useWrongCredentials() {
        System.setProperty("aws.secretAccessKey", "not-the-secret");
    }
}
