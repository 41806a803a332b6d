package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.PostFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The other side's version of a post that changed the same lines here and there: its full file ({@code file}, with
 * {@code blogwright.conflictFrom} naming who wrote it), stored as a revision of the post until resolved.
 */
public record ConflictVersion(long revisionId, long postId, String file) {
    public static final String FROM = "conflictFrom";

    public PostFile parsed() {
        return PostFile.parse(file.getBytes(StandardCharsets.UTF_8));
    }

    public String from() {
        Object v = parsed().own().get(FROM);
        return v == null ? "" : v.toString();
    }

    /** Where the version lives in the repository: named by its content, so both libraries name it alike. */
    public String path(String slug) {
        return pathOf(slug, file);
    }

    public static String pathOf(String slug, String file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
            return "conflicts/" + slug + "/" + HexFormat.of().formatHex(hash).substring(0, 12) + ".md";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
