package dev.blogwright.logic.importing.wordpress;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WordPress post's content as Markdown. Block-editor comments ({@code <!-- wp:paragraph -->}) are removed and
 * dynamic blocks that have no content in the export are named in the report; classic-editor content, which
 * WordPress stores without {@code <p>} tags and paragraphs by blank lines ("autop"), is given its paragraphs
 * back; shortcodes ({@code [caption]}, {@code [gallery]}) stay as visible text; embeds (iframes, video, audio)
 * stay HTML; then flexmark's html2md converts the rest.
 */
final class WxrContent {
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)<!--\\s*(/?)wp:([a-z0-9/_-]+)(.*?)(/?)-->");
    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\b[^>]*-->");
    private static final Pattern PRE = Pattern.compile("(?is)<pre\\b.*?</pre>");
    private static final Pattern BLOCK_START = Pattern.compile("(?is)^</?(p|div|blockquote|ul|ol|li|dl|table|thead"
            + "|tbody|tr|h[1-6]|pre|figure|hr|form|section|article|aside|header|footer|nav|address|iframe|object|embed"
            + "|video|audio|script|style|details|fieldset|math|svg|\u0000)\\b.*");
    /** Embeds html2md would drop: kept as the HTML they are (the renderer sanitizes them when it renders). */
    private static final Pattern EMBED = Pattern.compile(
            "(?is)<(iframe|video|audio|object|script)\\b.*?</\\1\\s*>|<embed\\b[^>]*>");
    private static final Pattern FIGURE = Pattern.compile("(?is)</?figure\\b[^>]*>");
    private static final Pattern FIGCAPTION = Pattern.compile("(?is)<figcaption\\b[^>]*>(.*?)</figcaption\\s*>");
    private static final String MORE_MARK = "BLOGWRIGHTMOREMARK";
    private static final String RAW_MARK = "BLOGWRIGHTRAW";
    private static final String PRE_MARK = "\u0000pre";

    private final FlexmarkHtmlConverter html2md;

    WxrContent(FlexmarkHtmlConverter html2md) {
        this.html2md = html2md;
    }

    /** The Markdown; {@code notes} gets the dynamic blocks that were left out. */
    String markdown(String content, List<String> notes) {
        if (content == null || content.isBlank()) {
            return "";
        }
        boolean blocks = BLOCK_COMMENT.matcher(content).find();
        String html = removeBlockComments(content.replace("\r\n", "\n"), notes);
        if (!blocks) {
            html = autop(html);
        }
        html = MORE.matcher(html).replaceAll("<p>" + MORE_MARK + "</p>");
        // A caption is a paragraph of its own under its image; html2md would run the two together.
        html = FIGCAPTION.matcher(html).replaceAll("<p><em>$1</em></p>");
        html = FIGURE.matcher(html).replaceAll(m -> m.group().startsWith("</") ? "</div>" : "<div>");
        List<String> kept = new ArrayList<>();
        Matcher embed = EMBED.matcher(html);
        StringBuilder protectedHtml = new StringBuilder();
        while (embed.find()) {
            kept.add(embed.group().replaceAll("\n[ \t]*(?=\n)", ""));
            embed.appendReplacement(protectedHtml, "<p>" + RAW_MARK + (kept.size() - 1) + "END</p>");
        }
        embed.appendTail(protectedHtml);
        String md = html2md.convert(protectedHtml.toString()).strip();
        for (int i = 0; i < kept.size(); i++) {
            md = md.replace(RAW_MARK + i + "END", kept.get(i));
        }
        return md.replace(MORE_MARK, "<!--more-->") + "\n";
    }

    /**
     * Removes the block comments. A self-closing one ({@code <!-- wp:latest-posts /-->}) is a block WordPress
     * renders when a page is shown; the export holds no content for it, so the report names it.
     */
    private static String removeBlockComments(String content, List<String> notes) {
        Set<String> dynamic = new TreeSet<>();
        Matcher m = BLOCK_COMMENT.matcher(content);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            if (!m.group(4).isEmpty()) {
                dynamic.add("wp:" + m.group(2));
            }
            m.appendReplacement(sb, "");
        }
        m.appendTail(sb);
        if (!dynamic.isEmpty()) {
            notes.add("dynamic blocks " + String.join(", ", dynamic)
                    + " have no content in the export (WordPress builds them when a page is shown); left out");
        }
        return sb.toString();
    }

    /**
     * A light version of WordPress's {@code wpautop}: blank lines separate paragraphs, a single newline inside a
     * paragraph is a line break; chunks that already start with a block element, and {@code <pre>} blocks,
     * stay as written.
     */
    static String autop(String html) {
        List<String> pres = new ArrayList<>();
        Matcher pre = PRE.matcher(html);
        StringBuilder protectedHtml = new StringBuilder();
        while (pre.find()) {
            pres.add(pre.group());
            pre.appendReplacement(protectedHtml, Matcher.quoteReplacement(PRE_MARK + (pres.size() - 1) + "\u0000"));
        }
        pre.appendTail(protectedHtml);
        StringBuilder out = new StringBuilder();
        for (String chunk : protectedHtml.toString().split("\n\\s*\n")) {
            String c = chunk.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(c).matches()) {
                out.append(c);
            } else {
                out.append("<p>").append(c.replace("\n", "<br />")).append("</p>");
            }
            out.append("\n\n");
        }
        String result = out.toString();
        for (int i = 0; i < pres.size(); i++) {
            result = result.replace(PRE_MARK + i + "\u0000", pres.get(i));
        }
        return result;
    }
}
