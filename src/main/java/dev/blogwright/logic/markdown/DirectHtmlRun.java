package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import java.util.Optional;

/**
 * One rendering by {@link DirectHtmlRenderer}: the walk over a document, its output and its per-document state
 * (heading ids, footnote numbers). Each method writes what the flexmark renderer of that node writes.
 */
final class DirectHtmlRun {
    private final DirectHtmlRenderer renderer;
    private final Document document;
    private final HtmlLines html;
    private final HeaderIdGenerator ids;
    private final SourceChars sourceChars = new SourceChars();
    private int depth;

    DirectHtmlRun(DirectHtmlRenderer renderer, Document document, int sizeHint) {
        this.renderer = renderer;
        this.document = document;
        this.html = new HtmlLines(sizeHint + sizeHint / 4 + 64);
        this.ids = new HeaderIdGenerator(renderer.options);
    }

    String render() {
        FootnoteRepository footnotes = FootnoteExtension.FOOTNOTES.get(document);
        footnotes.resolveFootnoteOrdinals();
        ids.generateIds(document);
        children(document);
        if (!footnotes.getReferencedFootnoteBlocks().isEmpty()) {
            footnoteSection(footnotes);
        }
        return html.finish();
    }

    private void children(Node parent) {
        if (++depth > DirectHtmlRenderer.MAX_DEPTH) {
            throw DirectHtmlRenderer.Unsupported.INSTANCE;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
        depth--;
    }

    private void node(Node node) {
        DirectHtmlRenderer.Kind kind = DirectHtmlRenderer.KINDS.get(node.getClass());
        if (kind == null) {
            throw DirectHtmlRenderer.Unsupported.INSTANCE;
        }
        switch (kind) {
            case TEXT -> text(node.getChars());
            case TEXT_BASE, DOCUMENT -> children(node);
            case PARAGRAPH -> paragraph((Paragraph) node);
            case SOFT_BREAK -> html.raw("\n");
            case HARD_BREAK -> html.raw("<br />\n");
            case EMPHASIS -> wrap(node, "<em>", "</em>");
            case STRONG -> wrap(node, "<strong>", "</strong>");
            case STRIKETHROUGH -> wrap(node, "<del>", "</del>");
            case CODE -> html.raw("<code>").text(Escaping.collapseWhitespace(
                    SequenceText.of(((Code) node).getText()), true)).raw("</code>");
            case LINK -> link((Link) node);
            case LINK_REF -> linkRef((LinkRef) node);
            case IMAGE -> image((Image) node);
            case AUTO_LINK -> autoLink((AutoLink) node);
            case MAIL_LINK -> mailLink((MailLink) node);
            case ENTITY -> html.text(node.getChars().unescape());
            case FOOTNOTE -> footnote((Footnote) node);
            case HEADING -> heading((Heading) node);
            case BLOCK_QUOTE -> indented(node, "<blockquote>", "</blockquote>", true);
            case BULLET_LIST -> indented(node, "<ul>", "</ul>", false);
            case ORDERED_LIST -> orderedList((OrderedList) node);
            case LIST_ITEM -> listItem((ListItem) node);
            case FENCED_CODE -> fencedCode((FencedCodeBlock) node);
            case INDENTED_CODE -> code(null, ((IndentedCodeBlock) node).getContentChars().trimTailBlankLines()
                    .normalizeEndWithEOL());
            case THEMATIC_BREAK -> html.line().raw("<hr />").line();
            case NOTHING -> {
            }
            case TABLE -> table((TableBlock) node);
            case TABLE_HEAD -> line(node, "<thead>", "</thead>");
            case TABLE_BODY -> line(node, "<tbody>", "</tbody>");
            case TABLE_ROW -> line(node, "<tr>", "</tr>");
            case TABLE_CELL -> cell((TableCell) node);
        }
    }

    /**
     * Text as flexmark writes it, {@code escapeHtml(normalizeEOL(chars.unescape()))}; unescaping changes only
     * text with a backslash or an ampersand and normalizing only text with a carriage return, so most text is
     * copied once from the source.
     */
    private void text(BasedSequence chars) {
        char[] source = sourceChars.read(document, chars);
        if (source != null && html.plainText(source, chars.getStartOffset(), chars.getEndOffset())) {
            return;
        }
        String text = SequenceText.of(chars);
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
            text = Escaping.unescapeString(text);
        }
        if (text.indexOf('\r') >= 0) {
            text = Escaping.normalizeEOL(text);
        }
        html.text(text);
    }

    private void wrap(Node node, String open, String close) {
        html.raw(open);
        children(node);
        html.raw(close);
    }

    /** flexmark's {@code tagLine}: the element on lines of its own. */
    private void line(Node node, String open, String close) {
        html.line().raw(open);
        children(node);
        html.raw(close).line();
    }

    /** flexmark's {@code tagIndent} (and {@code tagLineIndent}, which adds a line before the closing tag). */
    private void indented(Node node, String open, String close, boolean lineBeforeClose) {
        html.line().raw(open).line();
        children(node);
        html.line();
        if (lineBeforeClose) {
            html.line();
        }
        html.raw(close).line();
    }

    private void paragraph(Paragraph node) {
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (node.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(node, renderer.listOptions, renderer.options)) {
            children(node);
        } else {
            line(node, "<p>", "</p>");
        }
    }

    private void heading(Heading node) {
        String tag = "h" + node.getLevel();
        html.line().raw("<").raw(tag);
        String id = ids.getId(node);
        // flexmark drops an empty id on its way through the attribute providers.
        if (id != null && !id.isEmpty()) {
            html.attr("id", id);
        }
        html.raw(">");
        children(node);
        html.raw("</").raw(tag).raw(">").line();
    }

    private void orderedList(OrderedList node) {
        int start = node.getStartNumber();
        if (renderer.listOptions.isOrderedListManualStart() && start != 1) {
            html.line().raw("<ol").attr("start", String.valueOf(start)).raw(">").line();
            children(node);
            html.line().raw("</ol>").line();
        } else {
            indented(node, "<ol>", "</ol>", false);
        }
    }

    private void listItem(ListItem node) {
        if (!node.getMarkerSuffix().isEmpty()) {
            throw DirectHtmlRenderer.Unsupported.INSTANCE;
        }
        line(node, "<li>", "</li>");
    }

    private void fencedCode(FencedCodeBlock node) {
        BasedSequence info = node.getInfo();
        String language = null;
        String content = node.getContentChars().normalizeEOL();
        if (info.isNotNull() && !info.isBlank()) {
            String name = node.getInfoDelimitedByAny(SequenceUtils.SPACE_TAB_SET).unescape();
            language = renderer.languageClassMap.getOrDefault(name, renderer.languageClassPrefix + name);
            Optional<String> highlighted = CodeHighlighter.highlight(name, content);
            if (highlighted.isPresent()) {
                // As HighlightedCodeRenderer writes it: the spans are markup, their text already escaped.
                html.line().raw("<pre>").openPre().raw("<code").attr("class", language).raw(">")
                        .raw(highlighted.get()).raw("</code></pre>").closePre().line();
                return;
            }
        }
        code(language, content);
    }

    private void code(String language, String content) {
        html.line().raw("<pre>").openPre().raw("<code");
        if (language != null) {
            html.attr("class", language);
        }
        html.raw(">").text(content).raw("</code></pre>").closePre().line();
    }

    private void link(Link node) {
        if (isSuppressed(node.getUrl())) {
            children(node);
            return;
        }
        html.raw("<a");
        href(url(node.getUrl().unescape()));
        if (node.getTitle().isNotNull()) {
            html.attr("title", node.getTitle().unescape());
        }
        html.raw(">");
        children(node);
        html.raw("</a>");
    }

    /** A reference link whose reference is defined; an undefined one, shown as text, is left to flexmark. */
    private void linkRef(LinkRef node) {
        Reference reference = node.isDefined() ? node.getReferenceNode(Parser.REFERENCES.get(document)) : null;
        if (reference == null || renderer.recheckUndefinedReferences) {
            throw DirectHtmlRenderer.Unsupported.INSTANCE;
        }
        String url = reference.getUrl().unescape();
        if (renderer.suppressedLinks != null && renderer.suppressedLinks.matcher(url).matches()) {
            children(node);
            return;
        }
        html.raw("<a");
        href(url(url));
        if (reference.getTitle().isNotNull()) {
            html.attr("title", reference.getTitle().unescape());
        }
        html.raw(">");
        children(node);
        html.raw("</a>");
    }

    private void image(Image node) {
        if (isSuppressed(node.getUrl())) {
            return;
        }
        if (!node.getUrlContent().isEmpty()) {
            throw DirectHtmlRenderer.Unsupported.INSTANCE;
        }
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        String src = url(node.getUrl().unescape());
        html.raw("<img");
        if (!renderer.safe || SafeUrls.isSafe(src, true)) {
            html.attr("src", src);
        }
        html.attr("alt", alt);
        if (node.getTitle().isNotNull()) {
            html.attr("title", node.getTitle().unescape());
        }
        html.raw(" />");
    }

    private void autoLink(AutoLink node) {
        String text = node.getText().toString();
        if (isSuppressed(node.getUrl())) {
            html.text(text);
            return;
        }
        String url = url(text);
        html.raw("<a");
        href(url.startsWith("www.") ? renderer.autolinkWwwPrefix + url : url);
        html.raw(">").text(text).raw("</a>");
    }

    private void mailLink(MailLink node) {
        String text = node.getText().unescape();
        if (isSuppressed(node.getUrl()) || renderer.obfuscateEmail) {
            throw DirectHtmlRenderer.Unsupported.INSTANCE;
        }
        html.raw("<a");
        href("mailto:" + url(text));
        html.raw(">").text(text).raw("</a>");
    }

    private void href(String url) {
        if (!renderer.safe || SafeUrls.isSafe(url, false)) {
            html.attr("href", url);
        }
    }

    private void footnote(Footnote node) {
        FootnoteBlock block = node.getFootnoteBlock();
        if (block == null) {
            html.raw("[^");
            children(node);
            html.raw("]");
            return;
        }
        int ordinal = block.getFootnoteOrdinal();
        int reference = node.getReferenceOrdinal();
        html.raw("<sup").attr("id", "fnref-" + ordinal + (reference == 0 ? "" : "-" + reference)).raw("><a");
        if (!renderer.footnoteLinkClass.isEmpty()) {
            html.attr("class", renderer.footnoteLinkClass);
        }
        href("#fn-" + ordinal);
        html.raw(">").raw(renderer.footnoteRefPrefix + ordinal + renderer.footnoteRefSuffix).raw("</a></sup>");
    }

    private void footnoteSection(FootnoteRepository footnotes) {
        html.line().raw("<div").attr("class", "footnotes").raw(">").line();
        html.line().raw("<hr />").line();
        html.line().raw("<ol>").line();
        for (FootnoteBlock block : footnotes.getReferencedFootnoteBlocks()) {
            int ordinal = block.getFootnoteOrdinal();
            html.line().raw("<li").attr("id", "fn-" + ordinal).raw(">").line();
            children(block);
            for (int i = 0; i < block.getFootnoteReferences(); i++) {
                html.line().raw("<a");
                href("#fnref-" + ordinal + (i == 0 ? "" : "-" + i));
                if (!renderer.footnoteBackLinkClass.isEmpty()) {
                    html.attr("class", renderer.footnoteBackLinkClass);
                }
                html.raw(">").raw(renderer.footnoteBackRef).raw("</a>");
            }
            html.line().raw("</li>").line();
        }
        html.line().raw("</ol>").line();
        html.line().raw("</div>").line();
    }

    private void table(TableBlock node) {
        html.line().raw("<table");
        if (!renderer.tableClass.isEmpty()) {
            html.attr("class", renderer.tableClass);
        }
        html.raw(">").line();
        children(node);
        html.line().line().raw("</table>").line().line();
    }

    private void cell(TableCell node) {
        String tag = node.isHeader() ? "th" : "td";
        html.raw("<").raw(tag);
        if (node.getAlignment() != null) {
            html.attr("align", switch (node.getAlignment()) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
            });
        }
        if (renderer.columnSpans && node.getSpan() > 1) {
            html.attr("colspan", String.valueOf(node.getSpan()));
        }
        html.raw(">");
        children(node);
        html.raw("</").raw(tag).raw(">");
    }

    private boolean isSuppressed(BasedSequence url) {
        return renderer.suppressedLinks != null && renderer.suppressedLinks.matcher(url).matches();
    }

    /** flexmark's link resolution with no resolvers installed: percent-encoded when the renderer.options say so. */
    private String url(String url) {
        return url.isEmpty() || !renderer.percentEncodeUrls || DirectHtmlRenderer.keptByPercentEncoding(url) ? url
                : Escaping.percentEncodeUrl(url);
    }
}
