package dev.blogwright.logic.markdown;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans rendered HTML that contains raw HTML from the author, with jsoup's allow-list cleaner: the tags Markdown
 * itself produces plus common harmless extras, and iframes only from known video players.
 * Immutable after construction, so one instance serves every rendering thread.
 */
final class HtmlSanitizer {
    /** Resolves relative links during the protocol check; the original relative value is what is kept. */
    private static final String CHECK_BASE = "https://blogwright.invalid/";
    private static final Pattern ALLOWED_IFRAME = Pattern.compile(
            "^https://(www\\.)?(youtube\\.com/embed/|youtube-nocookie\\.com/embed/|player\\.vimeo\\.com/video/)\\S*$");

    private static final Pattern ALIGN_STYLE = Pattern.compile("\\s*text-align\\s*:\\s*(left|right|center|justify)\\s*;?\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final String[] URL_ATTRIBUTES = {"href", "src", "poster"};
    private static final String[] SIZE_ATTRIBUTES = {"width", "height"};
    private static final Pattern PIXELS = Pattern.compile("\\d+");

    /**
     * The allow-list, built on first use: jsoup's classes (about 260) then load only in a process that meets raw
     * HTML, not in every export and every start of the app.
     */
    private static final class Allowed {
        static final Safelist SAFELIST = buildSafelist();
    }

    String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, CHECK_BASE);
        Document clean = new Cleaner(Allowed.SAFELIST).clean(dirty);
        for (Element iframe : clean.select("iframe")) {
            if (!ALLOWED_IFRAME.matcher(iframe.attr("src")).matches()) {
                iframe.remove();
            }
        }
        // A second, independent opinion on every URL the allow-list kept: relative-looking values are kept
        // verbatim, so a scheme hidden by characters browsers ignore must not slip through as "relative".
        for (Element element : clean.select("[href], [src], [poster]")) {
            for (String name : URL_ATTRIBUTES) {
                if (element.hasAttr(name)
                        && !SafeUrls.isSafe(element.attr(name), "img".equals(element.normalName()))) {
                    element.removeAttr(name);
                }
            }
        }
        // HTML sizes are whole pixels: "auto" or "100%" (common in imported posts) is invalid, and browsers
        // ignore "auto" anyway; the theme's CSS already fits images to the column.
        for (Element element : clean.select("[width], [height]")) {
            for (String name : SIZE_ATTRIBUTES) {
                if (element.hasAttr(name) && !PIXELS.matcher(element.attr(name)).matches()) {
                    element.removeAttr(name);
                }
            }
        }
        // Table cells may carry style for alignment only; any other CSS (url(), fixed overlays) is dropped.
        for (Element cell : clean.select("[style]")) {
            if (!ALIGN_STYLE.matcher(cell.attr("style")).matches()) {
                cell.removeAttr("style");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static Safelist buildSafelist() {
        Safelist list = Safelist.relaxed()
                .addTags("del", "s", "ins", "mark", "kbd", "samp", "var", "abbr", "dfn", "hr", "figure",
                        "figcaption", "details", "summary", "input", "iframe", "video", "audio", "source", "picture",
                        "section", "aside", "article", "header", "footer", "nav", "time", "wbr", "ruby", "rt", "rp")
                .addAttributes(":all", "id", "class", "title", "lang", "dir")
                .addAttributes("a", "rel", "name")
                .addAttributes("img", "loading")
                .addAttributes("th", "align", "style")
                .addAttributes("td", "align", "style")
                .addAttributes("ol", "start", "type")
                .addAttributes("li", "value")
                .addAttributes("abbr", "title")
                .addAttributes("time", "datetime")
                .addAttributes("details", "open")
                .addAttributes("input", "checked", "disabled", "readonly")
                .addAttributes("iframe", "src", "width", "height", "allow", "allowfullscreen", "frameborder",
                        "loading", "referrerpolicy")
                .addAttributes("video", "src", "poster", "controls", "width", "height", "loop", "muted",
                        "playsinline", "preload")
                .addAttributes("audio", "src", "controls", "loop", "preload")
                .addAttributes("source", "src", "type", "media")
                // An author's checkbox can only ever be the read-only task-list kind.
                .addEnforcedAttribute("input", "type", "checkbox")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .addProtocols("a", "href", "tel")
                .addProtocols("iframe", "src", "https")
                .addProtocols("video", "src", "http", "https")
                .addProtocols("video", "poster", "http", "https")
                .addProtocols("audio", "src", "http", "https")
                .addProtocols("source", "src", "http", "https");
        return list.preserveRelativeLinks(true);
    }
}
