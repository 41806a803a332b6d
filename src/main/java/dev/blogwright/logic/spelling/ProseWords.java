package dev.blogwright.logic.spelling;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.blogwright.logic.markdown.MarkdownTree;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a post a reader reads as prose, with their place in the source. Only the parser's text nodes are
 * read, and none inside code, HTML, autolinks, link reference definitions or front matter; link targets and image
 * sources are never text nodes, while link texts and image alt texts are prose. Within the text, anything shaped
 * like a URL, a path, an e-mail address or a file name ({@code nx.dev}, {@code a/b}, {@code x_y}) is left alone.
 */
public final class ProseWords {
    /** A run of non-space text. */
    private static final Pattern CHUNK = Pattern.compile("\\S+");
    /** Chunks that are addresses or identifiers, not words. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            ".*(://|@|/|\\\\|_|\\p{L}\\.\\p{L}|\\p{L}\\d|\\d\\p{L}|www\\.).*");
    /** Letters with apostrophes and hyphens inside (don't, well-known), as the dictionaries list them. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’-][\\p{L}\\p{M}]+)*");

    private ProseWords() {
    }

    /** The prose words of {@code markdown}, in order. */
    public static List<Word> of(String markdown) {
        MarkdownTree tree = MarkdownTree.parseOrNull(markdown);
        List<Word> words = new ArrayList<>();
        if (tree == null) {
            return words;
        }
        for (Node node : tree.document().getDescendants()) {
            if (node instanceof Text && isProse(node)) {
                int start = node.getStartOffset() + tree.shift();
                words(node.getChars().toString(), start, words);
            }
        }
        return words;
    }

    /** The words of plain text (a title, an excerpt), offsets counted from {@code base}. */
    public static void words(String text, int base, List<Word> out) {
        Matcher chunk = CHUNK.matcher(text);
        while (chunk.find()) {
            String c = chunk.group();
            if (NOT_PROSE.matcher(c).matches()) {
                continue;
            }
            Matcher word = WORD.matcher(c);
            while (word.find()) {
                int at = base + chunk.start() + word.start();
                out.add(new Word(word.group(), at, at + word.group().length()));
            }
        }
    }

    private static boolean isProse(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Code || n instanceof CodeBlock || n instanceof FencedCodeBlock
                    || n instanceof IndentedCodeBlock || n instanceof HtmlBlock || n instanceof HtmlInline
                    || n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment || n instanceof AutoLink
                    || n instanceof MailLink || n instanceof Reference || n instanceof YamlFrontMatterBlock) {
                return false;
            }
        }
        return true;
    }
}
