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
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
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
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
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
    static final int MAX_DEPTH = 64;

    /** The node kinds written directly, each as the flexmark renderer of that node class writes it. */
    enum Kind {
        DOCUMENT, PARAGRAPH, HEADING, BLOCK_QUOTE, BULLET_LIST, ORDERED_LIST, LIST_ITEM, FENCED_CODE, INDENTED_CODE,
        THEMATIC_BREAK, NOTHING, TEXT, TEXT_BASE, EMPHASIS, STRONG, STRIKETHROUGH, CODE, SOFT_BREAK, HARD_BREAK, LINK,
        IMAGE, LINK_REF, AUTO_LINK, MAIL_LINK, ENTITY, FOOTNOTE, TABLE, TABLE_HEAD, TABLE_BODY, TABLE_ROW, TABLE_CELL
    }

    /** By exact class: a subclass (a task item is a list item) may render differently and is left to flexmark. */
    static final Map<Class<?>, Kind> KINDS = kinds();

    // flexmark's options as DirectHtmlRun needs them, read once rather than per node.
    final DataHolder options;
    final boolean safe;
    final ListOptions listOptions;
    final Pattern suppressedLinks;
    final boolean percentEncodeUrls;
    final String autolinkWwwPrefix;
    final boolean obfuscateEmail;
    final boolean recheckUndefinedReferences;
    final String languageClassPrefix;
    final Map<String, String> languageClassMap;
    final String tableClass;
    final boolean columnSpans;
    final String footnoteRefPrefix;
    final String footnoteRefSuffix;
    final String footnoteBackRef;
    final String footnoteLinkClass;
    final String footnoteBackLinkClass;

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
            return new DirectHtmlRun(this, document, sizeHint).render();
        } catch (Unsupported e) {
            return null;
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
