package dev.blogwright.logic.publish.s3;

import dev.blogwright.hardening.KillDuringDeployContract;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;

/** kill -9 during deploys to S3Proxy on loopback (a real S3 API over files), where PUTs go several at once. */
class S3KillDuringDeployTest extends KillDuringDeployContract {
    private static final AtomicInteger RUNS = new AtomicInteger();
    private final String prefix = "kills/" + RUNS.incrementAndGet();

    @BeforeAll
    static void bucket() {
        S3RemoteSiteTest.createBucket();
    }

    @Override
    protected String url() {
        return "s3://" + S3RemoteSiteTest.BUCKET + "/" + prefix + "?endpoint=" + S3ProxyProcess.shared().endpoint()
                + "&region=us-east-1&path-style=true";
    }

    @Override
    protected Path remoteFolder() {
        return S3ProxyProcess.shared().bucketFolder(S3RemoteSiteTest.BUCKET).resolve(prefix);
    }

    @Override
    protected List<String> access() {
        return List.of("s3=" + S3ProxyProcess.IDENTITY + ":" + S3ProxyProcess.CREDENTIAL);
    }
}
