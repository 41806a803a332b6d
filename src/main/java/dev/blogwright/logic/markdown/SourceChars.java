package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * One {@code char[]} copy of a parsed document's source, kept with the document, for the loops that read its text
 * character by character (escaping, word counting): under C1 a {@code String.charAt} call per character costs more
 * than the work done per character. The HTML, the word count and the excerpt of a post share the one copy; an
 * instance is one walk's reader of it, so that the document's data is not looked up for every node.
 */
final class SourceChars {
    private record Copy(String source, char[] chars) {
    }

    private static final NullableDataKey<Copy> COPY = new NullableDataKey<>("BLOGWRIGHT_SOURCE_CHARS");

    /** The source's characters as seen by one walk: the document's copy is looked up once, not for every node. */
    private String source;
    private char[] chars;

    /** Like {@link #of(Node, BasedSequence)}, remembering the copy for the next node of the same walk. */
    char[] read(Node node, BasedSequence text) {
        if (!(text instanceof SubSequence slice && slice.getBase() instanceof String base)) {
            return null;
        }
        if (base != source) {
            chars = of(node, text);
            source = base;
        }
        return chars;
    }

    /**
     * The characters {@code chars} is a slice of, indexed by its offsets, if it is a plain slice of the parsed
     * source string of {@code node}'s document; else null.
     */
    static char[] of(Node node, BasedSequence chars) {
        if (!(chars instanceof SubSequence slice && slice.getBase() instanceof String source)) {
            return null;
        }
        Document document = node.getDocument();
        if (document == null) {
            return source.toCharArray();
        }
        Copy copy = COPY.get(document);
        if (copy == null || copy.source() != source) {
            copy = new Copy(source, source.toCharArray());
            document.set(COPY, copy);
        }
        return copy.chars();
    }
}
