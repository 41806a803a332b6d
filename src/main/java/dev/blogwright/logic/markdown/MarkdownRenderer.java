package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.blogwright.logic.FastPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Markdown renderer: the live preview and the export both call it, so the preview shows what ships.
 * Instances are immutable and thread-safe; build one and share it.
 */
public final class MarkdownRenderer {
    /**
     * The level a post's highest heading is given: a post's page has the post's title as its h1, so the post's
     * outline starts at h2 whatever level its author began with (see {@link HeadingLevels}).
     */
    public static final int POST_PAGE_HEADINGS = 2;
    /** Headings at the levels written, for Markdown that is a page of its own rather than a post under a title. */
    public static final int HEADINGS_AS_WRITTEN = HeadingLevels.AS_WRITTEN;

    private static final Logger LOG = LoggerFactory.getLogger(MarkdownRenderer.class);

    private final HtmlRenderer renderer;
    private final DirectHtmlRenderer direct;
    private final HtmlSanitizer sanitizer;
    private final int topHeading;

    /** A sanitizing renderer: the safe default for posts whose author is not fully trusted. */
    public MarkdownRenderer() {
        this(false);
    }

    /**
     * @param trustRawHtml true passes the author's raw HTML through unchanged (the author owns the site); false
     *                     cleans it against an allow-list and removes {@code javascript:} and similar link targets
     */
    public MarkdownRenderer(boolean trustRawHtml) {
        this(trustRawHtml, POST_PAGE_HEADINGS);
    }

    /**
     * @param topHeading the level (1–6) of the post's highest heading, the others following it without gaps, or
     *                   {@link #HEADINGS_AS_WRITTEN}; the preview and the export both use {@link #POST_PAGE_HEADINGS}
     */
    public MarkdownRenderer(boolean trustRawHtml, int topHeading) {
        if (topHeading != HEADINGS_AS_WRITTEN && (topHeading < 1 || topHeading > 6)) {
            throw new IllegalArgumentException("heading level " + topHeading);
        }
        this.topHeading = topHeading;
        MutableDataSet options = new MutableDataSet(MarkdownSyntax.OPTIONS);
        HtmlRenderer.Builder builder;
        if (trustRawHtml) {
            builder = HtmlRenderer.builder(options);
            sanitizer = null;
        } else {
            // Comments are dropped up front so a post whose only raw HTML is <!--more--> skips the cleaner.
            options.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
            options.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
            builder = HtmlRenderer.builder(options).attributeProviderFactory(UnsafeUrlRemover.FACTORY);
            sanitizer = new HtmlSanitizer();
        }
        renderer = builder.nodeRendererFactory(HighlightedCodeRenderer.FACTORY).build();
        direct = new DirectHtmlRenderer(renderer.getOptions(), !trustRawHtml);
        // Load the rendering classes now, not first inside a deep recursion (see MarkdownSyntax.WARM_UP). Not the
        // cleaner's: it works after rendering, on a shallow stack, and jsoup need not load where no post has raw HTML.
        Document warmUp = parse(MarkdownSyntax.WARM_UP);
        direct.render(warmUp, MarkdownSyntax.WARM_UP.length());
        renderer.render(warmUp);
    }

    /** HTML for a post body; {@code null} counts as empty. Front matter (YAML or TOML) is not rendered. */
    public String render(String markdown) {
        String text = markdown == null ? "" : markdown;
        try {
            return html(parse(text), text);
        } catch (StackOverflowError e) {
            // flexmark parses and renders nesting recursively; absurdly deep input (thousands of nested quotes or
            // emphasis markers) exhausts the stack. The post still shows, as its escaped source.
            LOG.warn("Markdown nested too deeply to render ({} characters); showing it as plain text", text.length());
            return plainFallback(text);
        }
    }

    /**
     * Renders a post and derives its word count and excerpt from the same parse: an export of 10,000 posts
     * parses each once instead of three times.
     */
    public RenderedMarkdown renderPost(String markdown, String manualExcerpt) {
        String text = markdown == null ? "" : markdown;
        boolean manual = manualExcerpt != null && !manualExcerpt.isBlank();
        try {
            Document document = parse(text);
            String html = html(document, text);
            String excerpt = manual ? manualExcerpt.strip() : text.isBlank() ? "" : Excerpts.fromDocument(document);
            return new RenderedMarkdown(html, VisibleText.words(document), excerpt);
        } catch (StackOverflowError e) {
            LOG.warn("Markdown nested too deeply to render ({} characters); showing it as plain text", text.length());
            String visible = VisibleText.collapseWhitespace(text);
            return new RenderedMarkdown(plainFallback(text), WordCounter.count(visible),
                    manual ? manualExcerpt.strip() : Excerpts.cut(visible));
        }
    }

    /** The parsed post, its headings placed under the page title (the Markdown itself is left as it is). */
    private Document parse(String text) {
        Document document = MarkdownSyntax.parse(text);
        HeadingLevels.place(document, topHeading);
        return document;
    }

    /**
     * The document's HTML: written directly where {@link DirectHtmlRenderer} reproduces flexmark (which leaves out
     * raw HTML, so there is nothing to clean), else by flexmark and, with raw HTML in a sanitizing renderer, cleaned.
     */
    private String html(Document document, String text) {
        String html = FastPaths.on(FastPaths.Switch.DIRECT_HTML) ? direct.render(document, text.length()) : null;
        if (html != null) {
            return html;
        }
        html = renderer.render(document);
        if (sanitizer != null && containsRawHtml(document)) {
            return sanitizer.clean(html);
        }
        return html;
    }

    /** flexmark's HTML alone (no cleaning), or {@code null} where the direct renderer declines: for tests. */
    String[] bothWays(String markdown) {
        String flexmark = renderer.render(parse(markdown));
        return new String[] {flexmark, direct.render(parse(markdown), markdown.length())};
    }

    private static String plainFallback(String text) {
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(Escaping.escapeHtml(paragraph, false)).append("</p>\n");
        }
        return html.toString();
    }

    /** Markdown-made HTML is safe by construction (text escaped, URLs checked); only raw HTML needs cleaning. */
    private static boolean containsRawHtml(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                return true;
            }
        }
        return false;
    }
}
