package dev.blogwright.logic.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The content hashes targets report for their files, computed the same way for a local file so the two compare. */
public enum Digest {
    /** The target reports sizes only (a folder, SFTP, FTP). */
    NONE,
    /** MD5 of the bytes: an S3 ETag of a single-part upload. */
    MD5,
    /** Git's blob id: SHA-1 of {@code "blob <size>\0"} followed by the bytes. */
    GIT_BLOB_SHA1;

    /** This digest of a local file, as lower-case hex; null for {@link #NONE}. */
    public String of(Path file) throws IOException {
        if (this == NONE) {
            return null;
        }
        MessageDigest md = newDigest();
        if (this == GIT_BLOB_SHA1) {
            md.update(("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII));
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(this == MD5 ? "MD5" : "SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5 and SHA-1", e);
        }
    }
}
