package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ends the links the autolink extension found where GitHub's spec ends extended autolinks. Its link finder stops at
 * any unbalanced {@code )}, where GitHub drops only trailing unbalanced ones ({@code www.a.com/q=(x))+ok} is one
 * link); it keeps an entity-like {@code &hl} before a trailing {@code ;}, which GitHub leaves out; and it links
 * {@code a@b.c-} without the {@code -}, where GitHub links nothing (an address may not end in {@code -} or {@code _}).
 */
final class GithubAutolinkExtension implements Parser.ParserExtension {
    /** Characters GitHub drops from the end of an extended autolink (then {@code )} and {@code ;} by their rules). */
    private static final String TRAILING_PUNCTUATION = "?!.,:*_~'\"";

    private GithubAutolinkExtension() {
    }

    static GithubAutolinkExtension create() {
        return new GithubAutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // No options: the rules are GitHub's.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(QuickAutolinkExtension.Factory.class, AutolinkNodePostProcessor.Factory.class);
        }

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    if (mayHoldAutolink(document.getChars())) {
                        links(document).forEach(GithubAutolinkExtension::adjust);
                    }
                    return document;
                }
            };
        }
    }

    /** Every autolink needs one of these; most posts hold none, and their trees are not walked. */
    private static boolean mayHoldAutolink(BasedSequence source) {
        // The parsed document is a slice of the post's string: searched in place, not copied.
        String text = source.getBase() instanceof String base ? base : source.toString();
        return text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.") || text.contains("WWW.")
                || text.contains("Www.");
    }

    private static List<DelimitedLinkNode> links(Node root) {
        List<DelimitedLinkNode> links = new ArrayList<>();
        Node node = root;
        while (node != null) {
            if (node instanceof AutoLink || node instanceof MailLink) {
                links.add((DelimitedLinkNode) node);
            }
            Node next = node instanceof DelimitedLinkNode ? null : node.getFirstChild();
            while (next == null && node != root) {
                next = node.getNext();
                if (next == null) {
                    node = node.getParent();
                }
            }
            node = next;
        }
        return links;
    }

    private static void adjust(DelimitedLinkNode link) {
        // Only links the autolink extension made (no <…> markers), followed directly by the text after them.
        if (link.getOpeningMarker().isNotNull() || !(link.getNext() instanceof Text after)
                || after.getStartOffset() != link.getEndOffset() || after.getChars().isEmpty()) {
            return;
        }
        char next = after.getChars().charAt(0);
        if (link instanceof MailLink) {
            if (next == '-' || next == '_') {
                Text text = new Text(link.getChars());
                link.insertBefore(text);
                link.unlink();
            }
        } else if (next == ')' || next == ';') {
            BasedSequence linked = link.getChars();
            int end = gfmEnd(linked.baseSubSequence(linked.getStartOffset(), runEnd(after.getChars())));
            if (end != linked.length() && end > 0) {
                move(link, after, linked.getStartOffset() + end);
            }
        }
    }

    /** The end of the text an extended autolink can take: up to white space or {@code <}. */
    private static int runEnd(BasedSequence after) {
        int i = 0;
        while (i < after.length() && !Character.isWhitespace(after.charAt(i)) && after.charAt(i) != '<') {
            i++;
        }
        return after.getStartOffset() + i;
    }

    /**
     * GitHub's extended autolink path validation (cmark-gfm's, which also drops quotes and a {@code ;} that ends
     * no entity): the length of {@code candidate} that stays a link.
     */
    static int gfmEnd(CharSequence candidate) {
        int end = candidate.length();
        while (end > 0) {
            char last = candidate.charAt(end - 1);
            if (TRAILING_PUNCTUATION.indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && closingExceedsOpening(candidate, end)) {
                end--;
            } else if (last == ';') {
                int entity = entityStart(candidate, end - 1);
                end = entity >= 0 ? entity : end - 1;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean closingExceedsOpening(CharSequence text, int end) {
        int balance = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            balance += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return balance < 0;
    }

    /** Where {@code &name} ends at {@code semicolon} (one or more letters or digits after {@code &}), else -1. */
    private static int entityStart(CharSequence text, int semicolon) {
        int i = semicolon - 1;
        while (i >= 0 && Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128) {
            i--;
        }
        return i >= 0 && i < semicolon - 1 && text.charAt(i) == '&' ? i : -1;
    }

    /** Moves the boundary between a link and the text after it to the source offset {@code end}. */
    private static void move(DelimitedLinkNode link, Text after, int end) {
        BasedSequence linked = link.getChars();
        BasedSequence text = linked.baseSubSequence(linked.getStartOffset(), end);
        link.setText(text);
        if (link instanceof AutoLink autoLink) {
            autoLink.setUrlChars(text);
        }
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                child.setChars(text);
            }
        }
        link.setCharsFromContent();
        BasedSequence rest = linked.baseSubSequence(end, after.getEndOffset());
        if (rest.isEmpty()) {
            after.unlink();
        } else {
            after.setChars(rest);
        }
    }
}
