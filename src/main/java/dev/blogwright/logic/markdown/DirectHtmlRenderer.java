package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the HTML of the Markdown that posts are made of (paragraphs, headings, lists, quotes, code, tables,
 * links, images, emphasis, footnotes) byte for byte as flexmark's {@link HtmlRenderer} with {@link MarkdownSyntax}'s
 * options writes it, in a fraction of the time: flexmark's writer tracks lines one character at a time and its text
 * renderer runs two regular expressions per text node, most of an export's rendering time. Anything else (raw
 * HTML, undefined reference links, reference images, task items, table captions, very deep nesting) ends the
 * attempt with {@link Unsupported}; the caller then renders with flexmark, so output never depends on which path
 * ran. The golden digests and the differential tests hold the two paths to the same bytes.
 */
final class DirectHtmlRenderer {
    /** Thrown where this renderer does not reproduce flexmark; carries no stack trace, it is control flow. */
    static final class Unsupported extends RuntimeException {
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super("rendered by flexmark", null, false, false);
        }
    }

    /** Well below the depth where flexmark's own recursion could overflow, so that outcome stays flexmark's. */
    private static final int MAX_DEPTH = 64;

    private enum Kind {
        DOCUMENT, PARAGRAPH, HEADING, BLOCK_QUOTE, BULLET_LIST, ORDERED_LIST, LIST_ITEM, FENCED_CODE, INDENTED_CODE,
        THEMATIC_BREAK, NOTHING, TEXT, TEXT_BASE, EMPHASIS, STRONG, STRIKETHROUGH, CODE, SOFT_BREAK, HARD_BREAK, LINK,
        IMAGE, LINK_REF, AUTO_LINK, MAIL_LINK, ENTITY, FOOTNOTE, TABLE, TABLE_HEAD, TABLE_BODY, TABLE_ROW, TABLE_CELL
    }

    private static final Map<Class<?>, Kind> KINDS = kinds();

    private final DataHolder options;
    private final boolean safe;
    private final ListOptions listOptions;
    private final Pattern suppressedLinks;
    private final boolean percentEncodeUrls;
    private final String autolinkWwwPrefix;
    private final boolean obfuscateEmail;
    private final boolean recheckUndefinedReferences;
    private final String languageClassPrefix;
    private final Map<String, String> languageClassMap;
    private final String tableClass;
    private final boolean columnSpans;
    private final String footnoteRefPrefix;
    private final String footnoteRefSuffix;
    private final String footnoteBackRef;
    private final String footnoteLinkClass;
    private final String footnoteBackLinkClass;

    /**
     * @param options the options of the flexmark renderer this one stands in for
     * @param safe    whether {@link UnsafeUrlRemover} is among that renderer's attribute providers
     */
    DirectHtmlRenderer(DataHolder options, boolean safe) {
        this.options = options;
        this.safe = safe;
        listOptions = ListOptions.get(options);
        String suppressed = HtmlRenderer.SUPPRESSED_LINKS.get(options);
        suppressedLinks = suppressed == null || suppressed.isEmpty() ? null : Pattern.compile(suppressed);
        percentEncodeUrls = HtmlRenderer.PERCENT_ENCODE_URLS.get(options);
        autolinkWwwPrefix = HtmlRenderer.AUTOLINK_WWW_PREFIX.get(options);
        obfuscateEmail = HtmlRenderer.OBFUSCATE_EMAIL.get(options);
        recheckUndefinedReferences = HtmlRenderer.RECHECK_UNDEFINED_REFERENCES.get(options);
        languageClassPrefix = HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX.get(options);
        languageClassMap = HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_MAP.get(options);
        tableClass = TablesExtension.CLASS_NAME.get(options);
        columnSpans = TablesExtension.COLUMN_SPANS.get(options);
        footnoteRefPrefix = FootnoteExtension.FOOTNOTE_REF_PREFIX.get(options);
        footnoteRefSuffix = FootnoteExtension.FOOTNOTE_REF_SUFFIX.get(options);
        footnoteBackRef = FootnoteExtension.FOOTNOTE_BACK_REF_STRING.get(options);
        footnoteLinkClass = FootnoteExtension.FOOTNOTE_LINK_REF_CLASS.get(options);
        footnoteBackLinkClass = FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS.get(options);
        if (!HtmlRenderer.RENDER_HEADER_ID.get(options) || !HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS.get(options)
                .isBlank() || HtmlRenderer.SOURCE_POSITION_PARAGRAPH_LINES.get(options)
                || !HtmlRenderer.SOURCE_POSITION_ATTRIBUTE.get(options).isEmpty()
                || !HtmlRenderer.SOFT_BREAK.get(options).equals("\n")
                || !HtmlRenderer.HARD_BREAK.get(options).equals("<br />\n")
                || HtmlRenderer.INDENT_SIZE.get(options) != 0
                || HtmlRenderer.FORMAT_FLAGS.get(options) != HtmlRenderer.FORMAT_FLAGS.getDefaultValue()) {
            throw new IllegalArgumentException("options this renderer does not reproduce");
        }
    }

    /** The document's HTML, or {@code null} when it holds something only flexmark renders. */
    String render(Document document, int sizeHint) {
        try {
            return new Run(document, sizeHint).render();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** One rendering: the output and the per-document state (heading ids, footnote numbers). */
    private final class Run {
        private final Document document;
        private final HtmlLines html;
        private final HeaderIdGenerator ids;
        private final SourceChars sourceChars = new SourceChars();
        private int depth;

        Run(Document document, int sizeHint) {
            this.document = document;
            this.html = new HtmlLines(sizeHint + sizeHint / 4 + 64);
            this.ids = new HeaderIdGenerator(options);
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
            if (++depth > MAX_DEPTH) {
                throw Unsupported.INSTANCE;
            }
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                node(child);
            }
            depth--;
        }

        private void node(Node node) {
            Kind kind = KINDS.get(node.getClass());
            if (kind == null) {
                throw Unsupported.INSTANCE;
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
                    && container.isParagraphWrappingDisabled(node, listOptions, options)) {
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
            if (listOptions.isOrderedListManualStart() && start != 1) {
                html.line().raw("<ol").attr("start", String.valueOf(start)).raw(">").line();
                children(node);
                html.line().raw("</ol>").line();
            } else {
                indented(node, "<ol>", "</ol>", false);
            }
        }

        private void listItem(ListItem node) {
            if (!node.getMarkerSuffix().isEmpty()) {
                throw Unsupported.INSTANCE;
            }
            line(node, "<li>", "</li>");
        }

        private void fencedCode(FencedCodeBlock node) {
            BasedSequence info = node.getInfo();
            String language = null;
            if (info.isNotNull() && !info.isBlank()) {
                String name = node.getInfoDelimitedByAny(SequenceUtils.SPACE_TAB_SET).unescape();
                language = languageClassMap.getOrDefault(name, languageClassPrefix + name);
            }
            code(language, node.getContentChars().normalizeEOL());
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
            if (reference == null || recheckUndefinedReferences) {
                throw Unsupported.INSTANCE;
            }
            String url = reference.getUrl().unescape();
            if (suppressedLinks != null && suppressedLinks.matcher(url).matches()) {
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
                throw Unsupported.INSTANCE;
            }
            String alt = new TextCollectingVisitor().collectAndGetText(node);
            String src = url(node.getUrl().unescape());
            html.raw("<img");
            if (!safe || SafeUrls.isSafe(src, true)) {
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
            href(url.startsWith("www.") ? autolinkWwwPrefix + url : url);
            html.raw(">").text(text).raw("</a>");
        }

        private void mailLink(MailLink node) {
            String text = node.getText().unescape();
            if (isSuppressed(node.getUrl()) || obfuscateEmail) {
                throw Unsupported.INSTANCE;
            }
            html.raw("<a");
            href("mailto:" + url(text));
            html.raw(">").text(text).raw("</a>");
        }

        private void href(String url) {
            if (!safe || SafeUrls.isSafe(url, false)) {
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
            if (!footnoteLinkClass.isEmpty()) {
                html.attr("class", footnoteLinkClass);
            }
            href("#fn-" + ordinal);
            html.raw(">").raw(footnoteRefPrefix + ordinal + footnoteRefSuffix).raw("</a></sup>");
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
                    if (!footnoteBackLinkClass.isEmpty()) {
                        html.attr("class", footnoteBackLinkClass);
                    }
                    html.raw(">").raw(footnoteBackRef).raw("</a>");
                }
                html.line().raw("</li>").line();
            }
            html.line().raw("</ol>").line();
            html.line().raw("</div>").line();
        }

        private void table(TableBlock node) {
            html.line().raw("<table");
            if (!tableClass.isEmpty()) {
                html.attr("class", tableClass);
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
            if (columnSpans && node.getSpan() > 1) {
                html.attr("colspan", String.valueOf(node.getSpan()));
            }
            html.raw(">");
            children(node);
            html.raw("</").raw(tag).raw(">");
        }

        private boolean isSuppressed(BasedSequence url) {
            return suppressedLinks != null && suppressedLinks.matcher(url).matches();
        }

        /** flexmark's link resolution with no resolvers installed: percent-encoded when the options say so. */
        private String url(String url) {
            return url.isEmpty() || !percentEncodeUrls || keptByPercentEncoding(url) ? url
                    : Escaping.percentEncodeUrl(url);
        }
    }

    /** The characters flexmark's {@code percentEncodeUrl} leaves as they are, wherever they stand. */
    private static final boolean[] URL_KEPT = new boolean[128];

    static {
        String kept = "!#$&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~";
        for (int i = 0; i < kept.length(); i++) {
            URL_KEPT[kept.charAt(i)] = true;
        }
    }

    /** Whether percent-encoding leaves {@code url} unchanged, as it does most URLs, without its regex. */
    static boolean keptByPercentEncoding(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c >= 128 || !URL_KEPT[c]) {
                return false;
            }
        }
        return true;
    }

    private static Map<Class<?>, Kind> kinds() {
        Map<Class<?>, Kind> kinds = new IdentityHashMap<>();
        kinds.put(Document.class, Kind.DOCUMENT);
        kinds.put(Paragraph.class, Kind.PARAGRAPH);
        kinds.put(Heading.class, Kind.HEADING);
        kinds.put(BlockQuote.class, Kind.BLOCK_QUOTE);
        kinds.put(BulletList.class, Kind.BULLET_LIST);
        kinds.put(OrderedList.class, Kind.ORDERED_LIST);
        kinds.put(BulletListItem.class, Kind.LIST_ITEM);
        kinds.put(OrderedListItem.class, Kind.LIST_ITEM);
        kinds.put(FencedCodeBlock.class, Kind.FENCED_CODE);
        kinds.put(IndentedCodeBlock.class, Kind.INDENTED_CODE);
        kinds.put(ThematicBreak.class, Kind.THEMATIC_BREAK);
        kinds.put(Reference.class, Kind.NOTHING);
        kinds.put(YamlFrontMatterBlock.class, Kind.NOTHING);
        kinds.put(FootnoteBlock.class, Kind.NOTHING);
        kinds.put(TableSeparator.class, Kind.NOTHING);
        kinds.put(Text.class, Kind.TEXT);
        kinds.put(TextBase.class, Kind.TEXT_BASE);
        kinds.put(Emphasis.class, Kind.EMPHASIS);
        kinds.put(StrongEmphasis.class, Kind.STRONG);
        kinds.put(Strikethrough.class, Kind.STRIKETHROUGH);
        kinds.put(Code.class, Kind.CODE);
        kinds.put(SoftLineBreak.class, Kind.SOFT_BREAK);
        kinds.put(HardLineBreak.class, Kind.HARD_BREAK);
        kinds.put(Link.class, Kind.LINK);
        kinds.put(LinkRef.class, Kind.LINK_REF);
        kinds.put(Image.class, Kind.IMAGE);
        kinds.put(AutoLink.class, Kind.AUTO_LINK);
        kinds.put(MailLink.class, Kind.MAIL_LINK);
        kinds.put(HtmlEntity.class, Kind.ENTITY);
        kinds.put(Footnote.class, Kind.FOOTNOTE);
        kinds.put(TableBlock.class, Kind.TABLE);
        kinds.put(TableHead.class, Kind.TABLE_HEAD);
        kinds.put(TableBody.class, Kind.TABLE_BODY);
        kinds.put(TableRow.class, Kind.TABLE_ROW);
        kinds.put(TableCell.class, Kind.TABLE_CELL);
        return kinds;
    }
}
