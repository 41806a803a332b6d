package dev.blogwright.logic.publish.s3;

import dev.blogwright.logic.publish.DeployManifest;
import dev.blogwright.logic.publish.Digest;
import dev.blogwright.logic.publish.ParallelUploads;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.Upload;
import dev.blogwright.logic.publish.UploadHints;
import dev.blogwright.logic.publish.UploadListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The objects under one prefix of a bucket. An S3 PUT replaces an object in one step, so no temporary name is
 * needed; the Content-MD5 header makes the store refuse bytes that were damaged on the way.
 */
final class S3RemoteSite implements RemoteSite {
    private static final Logger LOG = LoggerFactory.getLogger(S3RemoteSite.class);
    /** A single-part upload's ETag is the MD5 of the bytes; a multipart one is {@code <md5>-<parts>}. */
    private static final Pattern PLAIN_MD5 = Pattern.compile("[0-9a-f]{32}");

    private static final int PARALLEL = 4;

    private final S3Http s3;
    private final String bucket;
    private final String prefix;
    /** The deploy manifest as {@link #check} read it, until the first read of it or the first change to the site. */
    private volatile Optional<byte[]> checkedManifest;

    /** @param prefix "" or a key prefix ending with {@code /} */
    S3RemoteSite(S3Http s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    /**
     * Reads the deploy manifest, which fails on a missing bucket, bad credentials or a denied read, as a listing of
     * one key did; S3 answers "no such key" for a missing manifest only to a reader allowed to list the bucket. The
     * manifest read is kept for the deploy's own first read of it, so a deploy opens the target with one request.
     * (A listing of one key walks the whole prefix on some stores: 0.8 s for 10,000 objects on S3Proxy's file store.)
     */
    void check() throws IOException {
        checkedManifest = read(DeployManifest.FILE);
    }

    @Override
    public Digest digest() {
        return Digest.MD5;
    }

    @Override
    public List<RemoteFile> list() throws IOException {
        List<RemoteFile> files = new ArrayList<>();
        String next = null;
        do {
            // Continuation tokens: a site of any size comes back whole, 1,000 keys a page.
            S3Xml.Page page = listPage(next, 1000);
            for (S3Xml.Entry o : page.entries()) {
                String path = o.key().startsWith(prefix) ? o.key().substring(prefix.length()) : "";
                if (!path.isEmpty() && !path.endsWith("/")) {
                    files.add(new RemoteFile(path, o.size(), md5OfETag(o.eTag())));
                }
            }
            next = page.next();
        } while (next != null);
        LOG.debug("Listed {} objects under s3://{}/{}", files.size(), bucket, prefix);
        return files;
    }

    private S3Xml.Page listPage(String continuation, int maxKeys) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("list-type", "2");
        query.put("prefix", prefix);
        query.put("max-keys", Integer.toString(maxKeys));
        if (continuation != null) {
            query.put("continuation-token", continuation);
        }
        S3Http.Response response = s3.send("GET", null, query, Map.of(), null, "listing");
        if (!response.ok()) {
            throw s3.failure(response, "listing");
        }
        try {
            return S3Xml.listPage(response.body());
        } catch (XMLStreamException | RuntimeException e) {
            throw new PublishException(Problem.OTHER, "S3 listing failed: the store's answer is not a listing", e);
        }
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
        Optional<byte[]> checked = checkedManifest;
        checkedManifest = null;
        if (checked != null && path.equals(DeployManifest.FILE)) {
            return checked;
        }
        S3Http.Response response = s3.send("GET", prefix + path, Map.of(), Map.of(), null, "reading " + path);
        if (response.ok()) {
            return Optional.of(response.body());
        }
        if (response.status() == 404 && !"NoSuchBucket".equals(response.error().code())) {
            return Optional.empty();
        }
        throw s3.failure(response, "reading " + path);
    }

    @Override
    public void upload(String path, Path source, UploadHints hints) throws IOException {
        checkedManifest = null;
        S3Http.Payload payload = S3Http.Payload.of(source);
        Map<String, String> headers = new LinkedHashMap<>();
        // Never let the store pick a type: some store an empty object for a form content type.
        headers.put("content-type", hints.contentType() == null || hints.contentType().isBlank()
                ? "application/octet-stream" : hints.contentType());
        if (hints.cacheControl() != null) {
            headers.put("cache-control", hints.cacheControl());
        }
        headers.put("content-md5", payload.md5Base64());
        S3Http.Response response = s3.send("PUT", prefix + path, Map.of(), headers, payload, "upload of " + path);
        if (!response.ok()) {
            throw s3.failure(response, "upload of " + path);
        }
    }

    /** PUTs a batch four at a time, each on a connection of its own that the JDK keeps alive for the next. */
    @Override
    public void uploadAll(List<Upload> batch, UploadListener listener) throws IOException {
        ParallelUploads.Sender put = file -> upload(file.path(), file.source(), file.hints());
        ParallelUploads.run(batch, Collections.nCopies(PARALLEL, put), listener);
    }

    @Override
    public void delete(String path) throws IOException {
        checkedManifest = null;
        // S3 answers 204 for a key that is not there, so a repeated delete is no error.
        S3Http.Response response = s3.send("DELETE", prefix + path, Map.of(), Map.of(), null, "delete of " + path);
        boolean gone = response.status() == 404 && !"NoSuchBucket".equals(response.error().code());
        if (!response.ok() && !gone) {
            throw s3.failure(response, "delete of " + path);
        }
    }

    @Override
    public void close() {
        // Nothing to release: the JDK closes the idle keep-alive connections after a few seconds, or at exit.
    }
}
