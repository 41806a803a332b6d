package dev.blogwright.model;

/**
 * A post read without its body, which is most of a library's bytes: {@code post.body()} is empty. {@code bodyHash}
 * is the stored fingerprint of the body ({@code dev.blogwright.util.TextFingerprint#of}), null where the library
 * does not know it; {@code version} grows whenever the post, its tags or their names change, so a reader that keeps
 * posts between reads can tell which to read again.
 */
public record PostHead(Post post, String bodyHash, long version) {
}
