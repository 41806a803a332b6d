package dev.blogwright.logic.publish;

import java.util.Objects;

/**
 * One file on a target as {@link RemoteSite#list()} reports it.
 *
 * @param path relative path with {@code /}
 * @param size size in bytes
 * @param hash lower-case hex hash of the kind the site's {@link RemoteSite#digest()} names, or null where the target
 *     gives none (for example an S3 ETag of a multipart upload, which is not an MD5 of the bytes)
 */
public record RemoteFile(String path, long size, String hash) {
    public RemoteFile {
        Objects.requireNonNull(path, "path");
    }
}
