package dev.blogwright.logic.importing.ghost;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ghost's cards as Markdown. Mobiledoc cards and lexical card nodes carry the same fields under the same names,
 * so one writer serves both. What Markdown can say is written as Markdown (images, links, code, quotes, rules);
 * the rest is kept as the HTML Ghost would show (embeds, video, audio, toggles), which the renderer sanitizes
 * when it renders, so an embed's {@code <script>} stays in the source but never runs in preview or export.
 */
final class GhostCards {
    private final FlexmarkHtmlConverter html2md;

    GhostCards(FlexmarkHtmlConverter html2md) {
        this.html2md = html2md;
    }

    /** The card as Markdown blocks, or "" for a card that shows nothing; {@code notes} gets what the report says. */
    String markdown(String name, JsonNode c, List<String> notes) {
        return switch (name) {
            case "markdown", "card-markdown" -> text(c, "markdown").strip();
            case "html" -> rawHtml(text(c, "html"));
            case "image" -> image(c);
            case "gallery" -> gallery(c);
            case "code", "codeblock" -> code(c);
            case "bookmark" -> bookmark(c);
            case "embed" -> embed(c);
            case "callout" -> callout(c);
            case "toggle" -> toggle(c);
            case "button" -> link(text(c, "buttonText"), text(c, "buttonUrl"));
            case "hr", "divider", "horizontalrule" -> "---";
            case "header" -> header(c);
            case "video" -> video(c);
            case "audio" -> audio(c);
            case "file" -> file(c);
            case "product" -> product(c);
            case "signup" -> join(heading(2, html(text(c, "header"))), html(text(c, "subheader")),
                    html(text(c, "disclaimer")));
            case "paywall" -> "<!--members-only-->";
            case "email", "email-cta" -> emailOnly(name, c, notes);
            default -> unknown(name, c, notes);
        };
    }

    private static String text(JsonNode c, String field) {
        JsonNode v = c.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : "";
    }

    /** Ghost keeps captions and callout texts as HTML; as Markdown they are one paragraph. */
    String html(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return html2md.convert(html).strip();
    }

    private String inlineHtml(String html) {
        return html(html).replaceAll("\\s*\n\\s*", " ");
    }

    private String captioned(String block, JsonNode c) {
        String caption = inlineHtml(text(c, "caption"));
        return caption.isEmpty() ? block : join(block, "*" + caption + "*");
    }

    private String image(JsonNode c) {
        String src = text(c, "src");
        if (src.isBlank()) {
            return captioned("", c);
        }
        String img = imageMarkdown(text(c, "alt"), src, text(c, "title"));
        String href = text(c, "href");
        return captioned(href.isBlank() ? img : "[" + img + "](" + InlineMarkdown.destination(href) + ")", c);
    }

    static String imageMarkdown(String alt, String src, String title) {
        return "![" + alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") + "]("
                + InlineMarkdown.destination(src)
                + (title.isBlank() ? "" : " \"" + title.replace("\"", "\\\"") + "\"") + ")";
    }

    /** Images of one row share a paragraph; each row is its own paragraph, as Ghost lays them out. */
    private String gallery(JsonNode c) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        int current = Integer.MIN_VALUE;
        for (JsonNode img : c.path("images")) {
            int r = img.path("row").asInt(0);
            if (r != current && !row.isEmpty()) {
                rows.add(row.toString().strip());
                row.setLength(0);
            }
            current = r;
            row.append(imageMarkdown(text(img, "alt"), text(img, "src"), text(img, "title"))).append('\n');
            String caption = inlineHtml(text(img, "caption"));
            if (!caption.isEmpty()) {
                row.append('*').append(caption).append("*\n");
            }
        }
        if (!row.isEmpty()) {
            rows.add(row.toString().strip());
        }
        return captioned(String.join("\n\n", rows), c);
    }

    private String code(JsonNode c) {
        String code = text(c, "code");
        int longest = 2;
        for (String line : code.split("\n", -1)) {
            String l = line.stripLeading();
            int n = 0;
            while (n < l.length() && l.charAt(n) == '`') {
                n++;
            }
            longest = Math.max(longest, n);
        }
        String fence = "`".repeat(longest + 1);
        String lang = text(c, "language").strip().replaceAll("\\s+", "-");
        return captioned(fence + lang + "\n" + code.stripTrailing() + "\n" + fence, c);
    }

    /** A link card: title as the link, description and source below, as a quote so it stands apart. */
    private String bookmark(JsonNode c) {
        JsonNode m = c.path("metadata");
        String url = text(c, "url").isBlank() ? text(m, "url") : text(c, "url");
        String title = text(m, "title").isBlank() ? url : text(m, "title");
        List<String> lines = new ArrayList<>();
        lines.add("**" + link(title, url) + "**");
        if (!text(m, "description").isBlank()) {
            lines.add(InlineMarkdown.escape(text(m, "description").strip().replaceAll("\\s+", " ")));
        }
        String source = String.join(" · ", nonBlank(text(m, "publisher"), text(m, "author")));
        if (!source.isEmpty()) {
            lines.add(InlineMarkdown.escape(source));
        }
        String quote = "> " + String.join("  \n> ", lines);
        if (!text(m, "thumbnail").isBlank()) {
            quote += "\n>\n> " + imageMarkdown("", text(m, "thumbnail"), "");
        }
        return captioned(quote, c);
    }

    private String embed(JsonNode c) {
        String html = text(c, "html");
        String url = text(c, "url");
        boolean showsNothing = html.replaceAll("(?is)<script.*?</script>|<[^>]*>", "").isBlank()
                && !html.toLowerCase(Locale.ROOT).contains("<iframe");
        String block = rawHtml(html);
        if (showsNothing && !url.isBlank()) {
            block = join(block, link(url, url));
        }
        return captioned(block, c);
    }

    private String callout(JsonNode c) {
        String emoji = text(c, "calloutEmoji").strip();
        String text = html(text(c, "calloutText"));
        String body = emoji.isEmpty() ? text : text.isEmpty() ? emoji : emoji + " " + text;
        return quote(body);
    }

    private String toggle(JsonNode c) {
        String heading = inlineHtml(text(c, "heading"));
        return "<details>\n<summary>\n\n" + heading + "\n\n</summary>\n\n" + html(text(c, "content"))
                + "\n\n</details>";
    }

    private String header(JsonNode c) {
        String image = text(c, "backgroundImageSrc");
        String button = c.path("buttonEnabled").asBoolean(false) ? link(text(c, "buttonText"), text(c, "buttonUrl"))
                : "";
        return join(image.isBlank() ? "" : imageMarkdown("", image, ""),
                heading(2, inlineHtml(text(c, "header"))), html(text(c, "subheader")), button);
    }

    private String video(JsonNode c) {
        String src = text(c, "src");
        String poster = text(c, "customThumbnailSrc").isBlank() ? text(c, "thumbnailSrc") : text(c, "customThumbnailSrc");
        String tag = "<video src=\"" + attr(src) + "\"" + (poster.isBlank() ? "" : " poster=\"" + attr(poster) + "\"")
                + (c.path("loop").asBoolean(false) ? " loop" : "") + " controls></video>";
        return captioned(join(tag, link("Video" + suffix(text(c, "fileName")), src)), c);
    }

    private String audio(JsonNode c) {
        String src = text(c, "src");
        String title = text(c, "title").isBlank() ? "Audio" : text(c, "title");
        return join("<audio src=\"" + attr(src) + "\" controls></audio>", link(title, src));
    }

    private String file(JsonNode c) {
        String name = text(c, "fileName");
        String title = text(c, "fileTitle").isBlank() ? (name.isBlank() ? "Download" : name) : text(c, "fileTitle");
        long size = c.path("fileSize").asLong(0);
        String meta = String.join(" · ", nonBlank(title.equals(name) ? "" : name,
                size > 0 ? String.format(Locale.ROOT, "%.0f KB", Math.ceil(size / 1024.0)) : ""));
        return join("📎 " + link(title, text(c, "src")), InlineMarkdown.escape(text(c, "fileCaption")),
                InlineMarkdown.escape(meta));
    }

    private String product(JsonNode c) {
        String image = text(c, "productImageSrc");
        int stars = c.path("productRatingEnabled").asBoolean(false) ? c.path("productStarRating").asInt(0) : 0;
        String button = c.path("productButtonEnabled").asBoolean(!text(c, "productButton").isBlank())
                ? link(text(c, "productButton"), text(c, "productUrl")) : "";
        return join(image.isBlank() ? "" : imageMarkdown("", image, ""), "**" + inlineHtml(text(c, "productTitle")) + "**"
                        + (stars > 0 ? " " + "★".repeat(Math.min(stars, 5)) + "☆".repeat(Math.max(0, 5 - stars)) : ""),
                html(text(c, "productDescription")), button);
    }

    /** Newsletter-only content: never on the site, kept in the source out of sight. */
    private String emailOnly(String name, JsonNode c, List<String> notes) {
        String content = html(text(c, "html"));
        if (content.isEmpty()) {
            return "";
        }
        notes.add("a Ghost " + name + " card (shown only in newsletters) is kept as a hidden comment");
        return "<!-- Ghost " + name + " card:\n" + content.replace("--", "- -") + "\n-->";
    }

    private String unknown(String name, JsonNode c, List<String> notes) {
        String html = text(c, "html");
        if (!html.isBlank()) {
            notes.add("an unknown Ghost card \"" + name + "\" is kept as its HTML");
            return rawHtml(html);
        }
        notes.add("an unknown Ghost card \"" + name + "\" has no content to show; left out");
        return "";
    }

    /**
     * HTML kept as a Markdown HTML block. A blank line would end the block and turn the rest into Markdown,
     * so blank lines go (they mean nothing in HTML), except where the block starts with a pre-formatted tag.
     */
    static String rawHtml(String html) {
        String h = html == null ? "" : html.strip();
        if (h.isEmpty()) {
            return "";
        }
        boolean preformatted = h.matches("(?is)^<(pre|script|style|textarea)\\b.*");
        return preformatted ? h : h.replaceAll("\n[ \t]*(?=\n)", "");
    }

    static String link(String text, String url) {
        if (url == null || url.isBlank()) {
            return InlineMarkdown.escape(text == null ? "" : text);
        }
        String t = text == null || text.isBlank() ? url : text;
        return "[" + InlineMarkdown.escape(t.strip()) + "](" + InlineMarkdown.destination(url) + ")";
    }

    static String heading(int level, String text) {
        String t = text == null ? "" : text.replaceAll("\\s*\n\\s*", " ").strip();
        return t.isEmpty() ? "" : "#".repeat(level) + " " + t;
    }

    static String quote(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : markdown.strip().split("\n", -1)) {
            sb.append(line.isBlank() ? ">" : "> " + line).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** Blocks joined by blank lines; empty ones left out. */
    static String join(String... blocks) {
        List<String> kept = nonBlank(blocks);
        return String.join("\n\n", kept);
    }

    private static List<String> nonBlank(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    private static String suffix(String fileName) {
        return fileName.isBlank() ? "" : ": " + fileName;
    }

    private static String attr(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
