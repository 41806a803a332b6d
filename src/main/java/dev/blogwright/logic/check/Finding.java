package dev.blogwright.logic.check;

/**
 * One problem of one post. {@code offset} is where it stands in the post's Markdown (with its 1-based
 * {@code line} and {@code column}), or -1 (line and column 0) for a problem of the post as a whole, such as its
 * title or category.
 */
public record Finding(String slug, long postId, FindingKind kind, String detail, int offset, int line, int column) {

    /** A problem of the post as a whole. */
    static Finding ofPost(CheckedPost post, FindingKind kind, String detail) {
        return new Finding(post.post().slug(), post.post().id(), kind, detail, -1, 0, 0);
    }

    /** A problem at {@code offset} in the post's Markdown. */
    static Finding at(CheckedPost post, int offset, FindingKind kind, String detail) {
        int[] lineColumn = post.lineAndColumn(offset);
        return new Finding(post.post().slug(), post.post().id(), kind, detail, offset, lineColumn[0], lineColumn[1]);
    }

    public boolean hasPlace() {
        return offset >= 0;
    }

    /** {@code slug: kind: detail}, the command line's line; with {@code (line 12)} when it has a place. */
    public String asLine() {
        return slug + ": " + kind.key() + ": " + detail + (hasPlace() ? " (line " + line + ")" : "");
    }
}
