package dev.blogwright.logic.publish.s3;

import dev.blogwright.logic.publish.Digest;
import dev.blogwright.logic.publish.ParallelUploads;
import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.Upload;
import dev.blogwright.logic.publish.UploadHints;
import dev.blogwright.logic.publish.UploadListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The objects under one prefix of a bucket. An S3 PUT replaces an object in one step, so no temporary name is
 * needed; the Content-MD5 header makes the store refuse bytes that were damaged on the way.
 */
final class S3RemoteSite implements RemoteSite {
    private static final Logger LOG = LoggerFactory.getLogger(S3RemoteSite.class);
    /** A single-part upload's ETag is the MD5 of the bytes; a multipart one is {@code <md5>-<parts>}. */
    private static final Pattern PLAIN_MD5 = Pattern.compile("[0-9a-f]{32}");

    private static final int PARALLEL = 4;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final S3Errors errors;

    /** @param prefix "" or a key prefix ending with {@code /} */
    S3RemoteSite(S3Client s3, String bucket, String prefix, S3Errors errors) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** Lists at most one key, which fails on a missing bucket, bad credentials or a denied read. */
    void check() throws IOException {
        try {
            s3.listObjectsV2(r -> r.bucket(bucket).prefix(prefix).maxKeys(1));
        } catch (SdkException e) {
            throw errors.map(e, "listing");
        }
    }

    @Override
    public Digest digest() {
        return Digest.MD5;
    }

    @Override
    public List<RemoteFile> list() throws IOException {
        List<RemoteFile> files = new ArrayList<>();
        try {
            // The paginator follows continuation tokens: a site of any size comes back whole, 1,000 keys a page.
            for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
                String path = o.key().substring(prefix.length());
                if (!path.isEmpty() && !path.endsWith("/")) {
                    files.add(new RemoteFile(path, o.size(), md5OfETag(o.eTag())));
                }
            }
        } catch (SdkException e) {
            throw errors.map(e, "listing");
        }
        LOG.debug("Listed {} objects under s3://{}/{}", files.size(), bucket, prefix);
        return files;
    }

    /** The MD5 an ETag stands for, or null when it is not one (multipart uploads, some encrypted objects). */
    static String md5OfETag(String eTag) {
        if (eTag == null) {
            return null;
        }
        String bare = eTag.replace("\"", "").strip().toLowerCase(Locale.ROOT);
        return PLAIN_MD5.matcher(bare).matches() ? bare : null;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        try {
            return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(prefix + path)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && !isMissingBucket(e)) {
                return Optional.empty();
            }
            throw errors.map(e, "reading " + path);
        } catch (SdkException e) {
            throw errors.map(e, "reading " + path);
        }
    }

    private static boolean isMissingBucket(S3Exception e) {
        return e.awsErrorDetails() != null && "NoSuchBucket".equals(e.awsErrorDetails().errorCode());
    }

    @Override
    public void upload(String path, Path source, UploadHints hints) throws IOException {
        String md5 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(Digest.MD5.of(source)));
        // Never let the SDK or the store pick a type: some store an empty object for a form content type.
        String type = hints.contentType() == null || hints.contentType().isBlank() ? "application/octet-stream"
                : hints.contentType();
        try {
            s3.putObject(r -> r.bucket(bucket).key(prefix + path).contentType(type)
                    .cacheControl(hints.cacheControl()).contentMD5(md5), RequestBody.fromFile(source));
        } catch (SdkException e) {
            throw errors.map(e, "upload of " + path);
        }
    }

    /** PUTs a batch four at a time: the client is thread-safe and the JDK keeps five connections per host alive. */
    @Override
    public void uploadAll(List<Upload> batch, UploadListener listener) throws IOException {
        ParallelUploads.Sender put = file -> upload(file.path(), file.source(), file.hints());
        ParallelUploads.run(batch, Collections.nCopies(PARALLEL, put), listener);
    }

    @Override
    public void delete(String path) throws IOException {
        try {
            // S3 answers 204 for a key that is not there, so a repeated delete is no error.
            s3.deleteObject(r -> r.bucket(bucket).key(prefix + path));
        } catch (SdkException e) {
            throw errors.map(e, "delete of " + path);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
