package dev.blogwright.logic.publish.s3;

import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;

/**
 * Opens {@code s3://bucket/prefix?endpoint=URL&region=R&path-style=true}. Without {@code endpoint} it is AWS itself;
 * with one, any S3-compatible store. Keys come from the target's access, else the AWS way (environment, Java system
 * properties, the {@code ~/.aws} profile), found by the SDK's providers; the calls themselves go through
 * {@link S3Http}.
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
        URI base = endpoint == null ? null : endpointUri(endpoint);
        boolean pathStyle = Boolean.parseBoolean(url.query().getOrDefault("path-style", "false"));
        String region = url.query().get("region");
        // S3-compatible stores mostly ignore the region but the signature needs one; us-east-1 is their default.
        // AWS without a region starts there too and follows the bucket's own region from S3's first answer.
        boolean followsRegion = endpoint == null && region == null;
        S3Errors errors = new S3Errors(bucket, endpoint == null ? "AWS" : endpoint);
        SigV4.Keys keys;
        try {
            keys = keys(access);
        } catch (SdkException e) {
            throw errors.map(e, "sign-in");
        }
        S3Http http = new S3Http(S3Endpoint.of(base, pathStyle, bucket, followsRegion),
                region != null ? region : configuredRegion("us-east-1"), keys, errors);
        S3RemoteSite site = new S3RemoteSite(http, bucket, prefix(url.path()));
        site.check();
        return site;
    }

    /** "" for the bucket's root, else the path without its leading slash and with one trailing slash. */
    static String prefix(String path) {
        String p = path.replaceAll("^/+|/+$", "");
        return p.isEmpty() ? "" : p + "/";
    }

    private static URI endpointUri(String endpoint) {
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
        return uri;
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

    private static SigV4.Keys keys(TargetAccess access) {
        if (access.accessKeyId() != null && access.secretKey() != null) {
            return new SigV4.Keys(access.accessKeyId(), access.secretKey(), null);
        }
        // The environment read directly, as the SDK's provider would: its start (the SDK's core, about a third of
        // what was left of opening the target in a fresh process) is then paid only for a profile.
        String id = System.getenv("AWS_ACCESS_KEY_ID");
        String secret = System.getenv("AWS_SECRET_ACCESS_KEY");
        if (id != null && !id.isBlank() && secret != null && !secret.isBlank()) {
            String token = System.getenv("AWS_SESSION_TOKEN");
            return new SigV4.Keys(id.strip(), secret.strip(), token == null || token.isBlank() ? null : token.strip());
        }
        // The rest of the AWS way without the SDK default chain's container and instance-metadata probes, which on a
        // desktop only wait for a timeout: the environment, Java's system properties, then the ~/.aws profile.
        AwsCredentialsProvider chain = AwsCredentialsProviderChain.builder()
                .credentialsProviders(EnvironmentVariableCredentialsProvider.create(),
                        SystemPropertyCredentialsProvider.create(), ProfileCredentialsProvider.create())
                .build();
        AwsCredentials credentials = chain.resolveCredentials();
        return new SigV4.Keys(credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials instanceof AwsSessionCredentials session ? session.sessionToken() : null);
    }
}
