package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import org.jsoup.Jsoup;

/**
 * The text a reader sees in a Markdown tree: no markup, no link targets, no image alt text, no footnote markers,
 * no front matter; code and the text inside raw HTML blocks count. Walks the tree with an explicit stack, so deep
 * nesting cannot overflow the call stack here.
 */
final class VisibleText {
    private VisibleText() {
    }

    /** The visible text of {@code root}, whitespace collapsed to single spaces and trimmed. */
    static String of(Node root) {
        return collapseWhitespace(uncollapsed(root));
    }

    /** Where the walk puts the text it finds, piece by piece: a buffer, or a counter that needs no copy. */
    interface Sink {
        /** Takes {@code text[from, to)}. */
        void add(char[] text, int from, int to);
    }

    private static final char[] SPACE = {' '};

    /**
     * The visible text with its white space as it comes. Enough for counting words: {@link WordCounter} treats
     * every white-space character as a separator and never joins a word across one, so collapsing first (5 % of
     * an export's CPU) would not change a count.
     */
    static String uncollapsed(Node root) {
        StringBuilder out = new StringBuilder();
        new Walk((text, from, to) -> out.append(text, from, to - from)).walk(root);
        return out.toString();
    }

    /** The words of the visible text, counted as the walk finds it: {@code WordCounter.count(uncollapsed(root))}. */
    static int words(Node root) {
        WordCounter counter = new WordCounter();
        new Walk(counter).walk(root);
        return counter.total();
    }

    /**
     * One walk over a tree, in document order, by the nodes' own links rather than a stack. Text that is a plain
     * slice of the parsed source is read from the document's {@link SourceChars}, so neither a string per node
     * nor a {@code String.charAt} call per character is paid.
     */
    private static final class Walk {
        private final Sink out;
        private final SourceChars sourceChars = new SourceChars();

        Walk(Sink out) {
            this.out = out;
        }

        void walk(Node root) {
            Node node = root;
            while (node != null) {
                Node next = collect(node) ? node.getFirstChild() : null;
                while (next == null && node != root) {
                    next = node.getNext();
                    if (next == null) {
                        node = node.getParent();
                    }
                }
                node = next;
            }
        }

        /** Appends what {@code node} itself shows; returns whether its children still need visiting. */
        private boolean collect(Node node) {
            if (node instanceof Block || node instanceof TableCell || node instanceof SoftLineBreak
                    || node instanceof HardLineBreak) {
                // Blocks, cells and line breaks separate words even where the source has no space between them.
                out.add(SPACE, 0, 1);
            }
            if (node instanceof Text || node instanceof HtmlEntity) {
                appendUnescaped(node, node.getChars());
            } else if (node instanceof Code code) {
                append(node, code.getText());
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                append(node, ((Block) node).getContentChars());
            } else if (node instanceof AutoLink link) {
                append(node, link.getText());
            } else if (node instanceof MailLink link) {
                append(node, link.getText());
            } else if (node instanceof HtmlBlock html) {
                add(Jsoup.parseBodyFragment(html.getChars().toString()).text());
            } else {
                return !isHidden(node);
            }
            return false;
        }

        /** Appends the characters of {@code chars}, read from the source itself where they are a plain slice. */
        private void append(Node node, BasedSequence chars) {
            char[] text = sourceChars.read(node, chars);
            if (text != null && !holdsAny(text, chars.getStartOffset(), chars.getEndOffset(), SequenceUtils.NUL,
                    SequenceUtils.NUL)) {
                out.add(text, chars.getStartOffset(), chars.getEndOffset());
            } else {
                add(SequenceText.of(chars));
            }
        }

        /**
         * Appends {@code chars.unescape()}. flexmark's unescape only changes text holding a backslash or an
         * ampersand but runs a regex over the sequence first; most text nodes hold neither and are read from the
         * source as they are.
         */
        private void appendUnescaped(Node node, BasedSequence chars) {
            char[] text = sourceChars.read(node, chars);
            if (text != null && !holdsAny(text, chars.getStartOffset(), chars.getEndOffset(), '\\', '&')) {
                out.add(text, chars.getStartOffset(), chars.getEndOffset());
                return;
            }
            String copy = SequenceText.of(chars);
            add(copy.indexOf('\\') >= 0 || copy.indexOf('&') >= 0 ? Escaping.unescapeString(copy) : copy);
        }

        private void add(String text) {
            out.add(text.toCharArray(), 0, text.length());
        }
    }

    /**
     * Whether {@code text[from, to)} holds {@code a}, {@code b} or a NUL, which flexmark shows as U+FFFD and so
     * must come through {@link SequenceText}.
     */
    private static boolean holdsAny(char[] text, int from, int to, char a, char b) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == a || c == b || c == SequenceUtils.NUL) {
                return true;
            }
        }
        return false;
    }

    /** Nodes a reader does not see as text: comments and tags, images, footnote markers, front matter. */
    private static boolean isHidden(Node node) {
        return node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof Image
                || node instanceof ImageRef || node instanceof Footnote || node instanceof TableSeparator
                || node instanceof YamlFrontMatterBlock;
    }

    /** {@code text} with every run of whitespace turned into one space, trimmed. */
    static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Printable ASCII is never white space; only other characters need the Unicode tables.
            boolean visible = c > ' ' && c < 0x7f;
            if (!visible && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
