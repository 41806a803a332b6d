package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's autolink extension (bare URLs, www. and e-mail addresses become links), with the same result, but
 * handing it only text that could hold a link. The extension unescapes and regex-scans every text node of every
 * paragraph; profiles of a 10,000-post export and import put it at 12 % and 28 % of the Markdown parse, while
 * most text holds no link at all.
 */
final class QuickAutolinkExtension implements Parser.ParserExtension {
    private QuickAutolinkExtension() {
    }

    static QuickAutolinkExtension create() {
        return new QuickAutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // No options of its own; flexmark's autolink options apply as they are.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /**
     * Whether {@code text} could hold something the autolink extension links: a URL needs ':', an e-mail
     * address '@', a bare host "www."; '&' is there because an entity such as {@code &#64;} unescapes to one.
     */
    static boolean mayHoldLink(CharSequence text) {
        return mayHoldLink(text.toString().toCharArray(), 0, text.length());
    }

    private static boolean mayHoldLink(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == ':' || c == '@' || c == '&') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < to && (text[i + 1] | 0x20) == 'w' && (text[i + 2] | 0x20) == 'w'
                    && text[i + 3] == '.') {
                return true;
            }
        }
        return false;
    }

    /** {@link #mayHoldLink(CharSequence)} for a text node, read from the source's characters where it can be. */
    private static boolean mayHoldLink(Node text, SourceChars sourceChars) {
        BasedSequence chars = text.getChars();
        char[] source = sourceChars.read(text, chars);
        return source == null ? mayHoldLink(chars)
                : mayHoldLink(source, chars.getStartOffset(), chars.getEndOffset());
    }

    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    List<Node> texts = texts(document);
                    if (!texts.isEmpty()) {
                        AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
                        for (Node text : texts) {
                            if (text.getParent() != null) {
                                links.process(IGNORED, text);
                            }
                        }
                    }
                    return document;
                }
            };
        }
    }

    /** The {@link Text} nodes that could hold a link, in document order (pre-order, as flexmark classifies). */
    private static List<Node> texts(Document document) {
        List<Node> texts = new ArrayList<>();
        SourceChars sourceChars = new SourceChars();
        Node node = document;
        while (node != null) {
            if (node.getClass() == Text.class && mayHoldLink(node, sourceChars)) {
                texts.add(node);
            }
            Node next = node.getFirstChild();
            while (next == null && node != document) {
                next = node.getNext();
                if (next == null) {
                    node = node.getParent();
                }
            }
            node = next;
        }
        return texts;
    }

    /**
     * The post-processors after this one (GitHub's autolink endings) find their nodes by walking the tree, so
     * nothing needs to hear of the nodes it adds or removes.
     */
    private static final NodeTracker IGNORED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };
}
