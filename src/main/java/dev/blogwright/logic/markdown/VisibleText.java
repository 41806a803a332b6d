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
import java.util.ArrayDeque;
import java.util.Deque;
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

    /**
     * The visible text with its white space as it comes. Enough for counting words: {@link WordCounter} treats
     * every white-space character as a separator and never joins a word across one, so collapsing first (5 % of
     * an export's CPU) would not change a count.
     */
    static String uncollapsed(Node root) {
        StringBuilder out = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (collect(node, out)) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
        return out.toString();
    }

    /** Appends what {@code node} itself shows; returns whether its children still need visiting. */
    private static boolean collect(Node node, StringBuilder out) {
        if (node instanceof Block || node instanceof TableCell || node instanceof SoftLineBreak
                || node instanceof HardLineBreak) {
            // Blocks, cells and line breaks separate words even where the source has no space between them.
            out.append(' ');
        }
        if (node instanceof Text || node instanceof HtmlEntity) {
            appendUnescaped(node.getChars(), out);
        } else if (node instanceof Code code) {
            out.append(SequenceText.of(code.getText()));
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            out.append(SequenceText.of(((Block) node).getContentChars()));
        } else if (node instanceof AutoLink link) {
            out.append(SequenceText.of(link.getText()));
        } else if (node instanceof MailLink link) {
            out.append(SequenceText.of(link.getText()));
        } else if (node instanceof HtmlBlock html) {
            out.append(Jsoup.parseBodyFragment(html.getChars().toString()).text());
        } else {
            return !isHidden(node);
        }
        return false;
    }

    /**
     * Appends {@code chars.unescape()}. flexmark's unescape only changes text holding a backslash or an ampersand
     * but runs a regex over the sequence first; most text nodes hold neither and are copied once here.
     */
    private static void appendUnescaped(BasedSequence chars, StringBuilder out) {
        String text = SequenceText.of(chars);
        out.append(text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text));
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
