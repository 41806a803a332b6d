package dev.blogwright.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A static reading of an exported page for anything that could run script, as a second opinion beside the
 * browser: only the theme's own search.js and the search index it reads may be scripts; no event handler attributes, no script URLs in links
 * a reader might click, no elements that load active content.
 */
final class HtmlChecks {
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("object", "embed", "applet", "base", "frame",
            "frameset", "button", "style", "svg", "math", "textarea", "select");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
            "xlink:href", "poster", "background", "srcdoc");

    private HtmlChecks() {
    }

    private static final String THEME_INLINE_SCRIPT =
            "document.getElementById(\"search\").classList.add(\"search-pending\");";

    /** The problems found in one page, each naming the element; empty when the page is clean. */
    static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            boolean themeScript = e.attr("src").endsWith("assets/search.js")
                    || e.attr("src").endsWith("assets/search-index.js");
            // The theme's one inline line (index.peb) keeps the search box's place until search.js loads; it is the
            // theme's own text, byte for byte, never a post's.
            boolean themeInline = e.attr("src").isEmpty() && e.data().equals(THEME_INLINE_SCRIPT);
            if (tag.equals("script") && !(themeScript && e.data().isBlank()) && !themeInline) {
                problems.add("script element: " + e.outerHtml());
            }
            if (ACTIVE_ELEMENTS.contains(tag)) {
                problems.add("active element: " + e.outerHtml());
            }
            if (tag.equals("form") && !e.id().equals("search")) {
                problems.add("form other than the theme's search: " + e.outerHtml());
            }
            if (tag.equals("meta") && e.hasAttr("http-equiv")) {
                problems.add("meta http-equiv: " + e.outerHtml());
            }
            if (tag.equals("iframe") && !e.attr("src").startsWith("https://")) {
                problems.add("iframe: " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") && a.getValue().toLowerCase(Locale.ROOT).contains("url(")) {
                    problems.add("attribute " + name + " on " + tag);
                }
                if (URL_ATTRIBUTES.contains(name) && isScriptUrl(a.getValue())) {
                    problems.add("script URL in " + name + " of " + tag + ": " + a.getValue());
                }
            }
        }
        return problems;
    }

    /** What a browser would treat as script: whitespace and controls dropped, case ignored. */
    static boolean isScriptUrl(String url) {
        StringBuilder s = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ' && c != 0x7f) {
                s.append(Character.toLowerCase(c));
            }
        }
        String u = s.toString();
        return u.startsWith("javascript:") || u.startsWith("vbscript:") || u.startsWith("data:text/html")
                || u.startsWith("data:image/svg") || u.startsWith("data:application") || u.startsWith("data:text/javascript");
    }
}
