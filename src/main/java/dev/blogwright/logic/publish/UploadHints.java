package dev.blogwright.logic.publish;

/**
 * What a target may set on an uploaded file besides its bytes: S3 stores both as object metadata (HTML short-lived,
 * fingerprinted assets long-lived, as Publii does); file, SFTP, FTP and Git ignore them.
 *
 * @param contentType a MIME type, never null (S3Proxy stores an empty object for a form content type)
 * @param cacheControl a Cache-Control value, or null
 */
public record UploadHints(String contentType, String cacheControl) {
    public static final UploadHints BINARY = new UploadHints("application/octet-stream", null);
}
