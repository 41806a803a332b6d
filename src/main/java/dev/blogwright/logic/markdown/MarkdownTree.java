package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A post's syntax tree as the renderer parses it, for tools that read a post rather than render it (the blog check,
 * the spelling checker): same dialect and extensions, so a link or a code span is one for them exactly when it is
 * one on the page. {@code shift} is what to add to a node's offset to point into the source as written, because a
 * leading byte order mark or TOML front matter is cut before parsing.
 */
public record MarkdownTree(Document document, int shift) {

    /** Parses {@code source}; null when it is nested too deeply for the recursive parser. */
    public static MarkdownTree parseOrNull(String source) {
        String text = source == null ? "" : source;
        Document document = PostText.parseOrNull(text);
        if (document == null) {
            return null;
        }
        // ParserInput only ever cuts a prefix, so the lengths tell how far every offset moved.
        return new MarkdownTree(document, text.length() - document.getChars().length());
    }
}
