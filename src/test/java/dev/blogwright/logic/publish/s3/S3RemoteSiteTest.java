package dev.blogwright.logic.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.publish.DeployManifest;
import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteContract;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** The S3 target against S3Proxy on loopback: the shared contract, the headers it stores, and long listings. */
class S3RemoteSiteTest extends RemoteSiteContract {
    static final String BUCKET = "site";
    private static final AtomicInteger RUNS = new AtomicInteger();
    private String root;

    @BeforeAll
    static void createBucket() {
        S3ProxyProcess proxy = S3ProxyProcess.shared();
        if (!Files.isDirectory(proxy.bucketFolder(BUCKET))) {
            try (S3Client admin = adminClient(proxy)) {
                admin.createBucket(r -> r.bucket(BUCKET));
            }
        }
    }

    static S3Client adminClient(S3ProxyProcess proxy) {
        return S3Client.builder().endpointOverride(URI.create(proxy.endpoint())).region(Region.US_EAST_1)
                .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        S3ProxyProcess.IDENTITY, S3ProxyProcess.CREDENTIAL))).build();
    }

    static TargetUrl url(String bucket, String prefix) {
        return TargetUrl.parse("s3://" + bucket + "/" + prefix + "?endpoint=" + S3ProxyProcess.shared().endpoint()
                + "&region=us-east-1&path-style=true");
    }

    static TargetAccess keys(String id, String secret) {
        return new TargetAccess(null, null, null, id, secret);
    }

    @Override
    protected RemoteSite openEmptySite() throws IOException {
        root = "runs/" + RUNS.incrementAndGet();
        return reopen();
    }

    @Override
    protected RemoteSite reopen() throws IOException {
        return new S3RemoteSiteFactory().open(url(BUCKET, root),
                keys(S3ProxyProcess.IDENTITY, S3ProxyProcess.CREDENTIAL));
    }

    @Test
    void uploadsStoreTheContentTypeAndCacheControl() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("index.html", file("index.html", "<p>hi</p>"),
                    new UploadHints("text/html; charset=utf-8", "public, max-age=300"));
            site.upload("app.js", file("app.js", "x()"), new UploadHints("text/javascript", null));
        }
        try (S3Client admin = adminClient(S3ProxyProcess.shared())) {
            HeadObjectResponse page = admin.headObject(r -> r.bucket(BUCKET).key(root + "/index.html"));
            // The server may drop the space after the semicolon; the type and charset are what count.
            assertThat(page.contentType().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
            assertThat(page.cacheControl()).isEqualTo("public, max-age=300");
            HeadObjectResponse script = admin.headObject(r -> r.bucket(BUCKET).key(root + "/app.js"));
            assertThat(script.contentType()).isEqualTo("text/javascript");
            assertThat(script.cacheControl()).isNull();
        }
    }

    @Test
    void aListingOfThousandsOfKeysComesBackWhole() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            // Objects written straight into S3Proxy's folder: 2,600 PUTs would take far longer than the listing.
            Path folder = S3ProxyProcess.shared().bucketFolder(BUCKET).resolve(root);
            for (int i = 0; i < 2_600; i++) {
                Path f = folder.resolve("posts/" + (i % 26) + "/p" + i + ".html");
                Files.createDirectories(f.getParent());
                Files.writeString(f, "post " + i, StandardCharsets.UTF_8);
            }
            List<RemoteFile> files = site.list();
            // More than two pages of 1,000 keys; every key once, with its own size. (Files placed by hand carry
            // no stored ETag in S3Proxy, so their hashes are not compared here; the contract checks uploaded ones.)
            assertThat(files).hasSize(2_600);
            assertThat(files).extracting(RemoteFile::path).doesNotHaveDuplicates()
                    .contains("posts/0/p0.html", "posts/25/p2599.html");
            assertThat(files).allSatisfy(f -> assertThat(f.size())
                    .isEqualTo(("post " + f.path().replaceAll(".*/p(\\d+)\\.html", "$1")).length()));
        }
    }

    @Test
    void theManifestReadWhenOpeningServesTheFirstReadOnlyUntilTheSiteChanges() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            assertThat(site.read(DeployManifest.FILE)).isEmpty();
            site.upload(DeployManifest.FILE, file("m1", "{\"one\":1}"), new UploadHints("application/json", null));
        }
        try (RemoteSite site = reopen()) {
            // Read when the site was opened (its check), handed over by the first read.
            assertThat(site.read(DeployManifest.FILE)).map(b -> new String(b, StandardCharsets.UTF_8))
                    .contains("{\"one\":1}");
            site.upload(DeployManifest.FILE, file("m2", "{\"two\":2}"), new UploadHints("application/json", null));
            assertThat(site.read(DeployManifest.FILE)).map(b -> new String(b, StandardCharsets.UTF_8))
                    .contains("{\"two\":2}");
        }
        try (RemoteSite site = reopen()) {
            // A change before the first read: the read asks the store again.
            site.delete(DeployManifest.FILE);
            assertThat(site.read(DeployManifest.FILE)).isEmpty();
        }
    }

    @Test
    void aMultipartETagGivesNoHash() {
        assertThat(S3RemoteSite.md5OfETag("\"9B2CF535F27731C974343645A3985328\""))
                .isEqualTo("9b2cf535f27731c974343645a3985328");
        assertThat(S3RemoteSite.md5OfETag("\"d41d8cd98f00b204e9800998ecf8427e-3\"")).isNull();
        assertThat(S3RemoteSite.md5OfETag(null)).isNull();
    }

    @Test
    void thePrefixIsTheBucketRootOrAFolder() {
        assertThat(S3RemoteSiteFactory.prefix("")).isEmpty();
        assertThat(S3RemoteSiteFactory.prefix("/")).isEmpty();
        assertThat(S3RemoteSiteFactory.prefix("/blog/")).isEqualTo("blog/");
        assertThat(S3RemoteSiteFactory.prefix("/a/b")).isEqualTo("a/b/");
    }
}
