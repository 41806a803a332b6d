package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The automatic excerpt rules behind {@link PostText#excerpt}: the more-marker first, then the first paragraph. */
final class Excerpts {
    static final int MAX_LENGTH = 160;
    private static final String ELLIPSIS = "…";
    private static final Pattern MORE_MARKER = Pattern.compile("<!--\\s*more\\s*-->", Pattern.CASE_INSENSITIVE);
    /** Punctuation that reads badly right before the ellipsis ("first,…"). */
    private static final Pattern DANGLING = Pattern.compile("[\\s\\p{Pd},;:]+$");

    private Excerpts() {
    }

    static String fromDocument(Document document) {
        Optional<Node> marker = moreMarker(document);
        if (marker.isPresent()) {
            // Parsing the source before the marker on its own gives the text exactly as the reader sees it there.
            String before = document.getChars().subSequence(0, marker.get().getStartOffset()).toString();
            String text = PostText.plainText(before);
            if (!text.isEmpty()) {
                return text;
            }
        }
        for (Node node = next(document, document); node != null; node = next(node, document)) {
            if (node instanceof Paragraph && node.getAncestorOfType(FootnoteBlock.class) == null) {
                String text = VisibleText.of(node);
                if (!text.isEmpty()) {
                    return cut(text);
                }
            }
        }
        return "";
    }

    /**
     * The node after {@code node} in document order within {@code root}, as {@code getDescendants()} visits them,
     * without its iterator objects.
     */
    private static Node next(Node node, Node root) {
        Node next = node.getFirstChild();
        while (next == null && node != root) {
            next = node.getNext();
            if (next == null) {
                node = node.getParent();
            }
        }
        return next;
    }

    /** {@code text} itself when short enough, else cut at the last word boundary that leaves room for "…". */
    static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
            return text;
        }
        int limit = text.offsetByCodePoints(0, MAX_LENGTH - ELLIPSIS.length());
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int end = words.isBoundary(limit) ? limit : words.preceding(limit);
        if (end <= 0) {
            // One word longer than the whole excerpt (a URL, a long CJK run): cut it rather than show nothing.
            end = limit;
        }
        String kept = DANGLING.matcher(text.substring(0, end)).replaceFirst("");
        return (kept.isEmpty() ? text.substring(0, limit) : kept) + ELLIPSIS;
    }

    private static Optional<Node> moreMarker(Document document) {
        for (Node node = next(document, document); node != null; node = next(node, document)) {
            if ((node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment)
                    && MORE_MARKER.matcher(node.getChars().trim()).matches()) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }
}
