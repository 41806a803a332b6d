package dev.blogwright.logic.publish.s3;

import java.net.URI;
import java.util.Locale;

/**
 * Where a bucket's requests go. With an endpoint URL (R2, MinIO, Spaces, B2, S3Proxy) the bucket goes into the host
 * name ({@code https://bucket.host}, S3's virtual-hosted style) or, with {@code path-style=true}, into the path
 * ({@code http://host:9000/bucket/key}). Without one it is AWS: {@code https://bucket.s3.REGION.amazonaws.com}, or
 * path style for a bucket name with dots, which no wildcard certificate covers.
 *
 * @param base the endpoint without a trailing slash, or null for AWS
 * @param followsRegion whether the region is a guess to be corrected by S3's answer (AWS named without a region)
 */
record S3Endpoint(URI base, boolean pathStyle, String bucket, boolean followsRegion) {

    /** Normalises {@code base}: no default port (the signed host must equal the Host header), no trailing slash. */
    static S3Endpoint of(URI base, boolean pathStyle, String bucket, boolean followsRegion) {
        URI normal = null;
        if (base != null) {
            String scheme = base.getScheme().toLowerCase(Locale.ROOT);
            int port = base.getPort() == (scheme.equals("https") ? 443 : 80) ? -1 : base.getPort();
            String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
            normal = URI.create(scheme + "://" + host(base) + (port < 0 ? "" : ":" + port) + path);
        }
        boolean dotted = base == null && bucket.contains(".");
        return new S3Endpoint(normal, pathStyle || dotted, bucket, followsRegion);
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Whether requests go over TLS (AWS always does). */
    boolean secure() {
        return base == null || base.getScheme().equals("https");
    }

    /** Scheme and authority the request goes to (the path of an endpoint URL is in {@link #rawPath}). */
    URI hostUri(String region) {
        if (base == null) {
            String aws = "s3." + region + ".amazonaws.com";
            return URI.create("https://" + (pathStyle ? aws : bucket + "." + aws));
        }
        if (pathStyle) {
            return URI.create(base.getScheme() + "://" + base.getRawAuthority());
        }
        return URI.create(base.getScheme() + "://" + bucket + "." + base.getRawAuthority());
    }

    /** The request's path as sent and signed: endpoint path, bucket in path style, the key encoded once. */
    String rawPath(String key) {
        String path = base == null ? "" : base.getRawPath();
        if (pathStyle) {
            path += "/" + SigV4.encode(bucket, true);
        }
        if (key != null) {
            return path + "/" + SigV4.encode(key, false);
        }
        return path.isEmpty() ? "/" : path;
    }
}
