package dev.blogwright.logic.publish.s3;

import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Opens {@code s3://bucket/prefix?endpoint=URL&region=R&path-style=true}. Without {@code endpoint} it is AWS itself;
 * with one, any S3-compatible store. Keys come from the target's access, else from the SDK's default chain
 * (environment, {@code ~/.aws} profile).
 */
public final class S3RemoteSiteFactory implements RemoteSiteFactory {
    @Override
    public Set<String> schemes() {
        return Set.of("s3");
    }

    @Override
    public RemoteSite open(TargetUrl url, TargetAccess access) throws IOException {
        String bucket = url.host();
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("An S3 target needs a bucket: s3://bucket/prefix");
        }
        String endpoint = url.query().get("endpoint");
        S3Client client = client(url, endpoint, access);
        S3RemoteSite site = new S3RemoteSite(client, bucket, prefix(url.path()),
                new S3Errors(bucket, endpoint == null ? "AWS" : endpoint));
        try {
            site.check();
            return site;
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** "" for the bucket's root, else the path without its leading slash and with one trailing slash. */
    static String prefix(String path) {
        String p = path.replaceAll("^/+|/+$", "");
        return p.isEmpty() ? "" : p + "/";
    }

    private static S3Client client(TargetUrl url, String endpoint, TargetAccess access) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(15))
                        .socketTimeout(Duration.ofSeconds(60)).build())
                .credentialsProvider(credentials(access))
                .forcePathStyle(Boolean.parseBoolean(url.query().getOrDefault("path-style", "false")))
                // The SDK's newer default sends CRC trailers in aws-chunked bodies, which many S3-compatible stores
                // (and S3Proxy) do not accept; Content-MD5 on each upload guards the bytes instead.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        String region = url.query().get("region");
        if (endpoint != null) {
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Not an S3 endpoint URL: " + endpoint);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("An S3 endpoint must be an http:// or https:// URL: " + endpoint);
            }
            builder.endpointOverride(uri);
            // S3-compatible stores mostly ignore the region but the signature needs one; us-east-1 is their default.
            builder.region(Region.of(region != null ? region : configuredRegion("us-east-1")));
        } else if (region != null) {
            builder.region(Region.of(region));
        } else {
            // AWS without a region: the SDK follows the bucket's redirect to wherever it lives.
            builder.region(Region.of(configuredRegion("us-east-1"))).crossRegionAccessEnabled(true);
        }
        return builder.build();
    }

    /** The region from the environment or the AWS profile, without asking EC2's metadata service (slow elsewhere). */
    private static String configuredRegion(String fallback) {
        try {
            return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
                    .getRegion().id();
        } catch (SdkException e) {
            return fallback;
        }
    }

    private static AwsCredentialsProvider credentials(TargetAccess access) {
        if (access.accessKeyId() != null && access.secretKey() != null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(access.accessKeyId(),
                    access.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
