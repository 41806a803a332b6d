package dev.blogwright.logic.export;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import java.util.regex.Pattern;

/**
 * Plain-text excerpts for cards, feeds and search. Stands in until {@code PostText.excerpt} lands in the
 * markdown package; the rule is the issue's: the manual excerpt, else the text before {@code <!--more-->}, else
 * the first paragraph, cut at a word boundary to at most 160 characters with "…".
 */
final class Excerpts {
    static final int MAX_CHARS = 160;
    private static final String MORE = "<!--more-->";
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Excerpts() {
    }

    static String of(String manual, String markdown, String html, MarkdownRenderer renderer) {
        if (manual != null && !manual.isBlank()) {
            return manual.strip();
        }
        int more = markdown.indexOf(MORE);
        if (more >= 0) {
            return cut(plainText(renderer.render(markdown.substring(0, more))));
        }
        return cut(firstParagraphText(html));
    }

    /** Runs for every post of a 10,000-post export, so it avoids a full DOM parse when a plain {@code <p>} leads. */
    private static String firstParagraphText(String html) {
        int start = html.indexOf("<p>");
        int end = start < 0 ? -1 : html.indexOf("</p>", start);
        if (end < 0 || html.lastIndexOf("<p", end - 1) != start) {
            Document doc = Jsoup.parseBodyFragment(html);
            Element first = doc.selectFirst("p");
            return first == null ? doc.text() : first.text();
        }
        String inner = TAG.matcher(html.substring(start + 3, end)).replaceAll("");
        return Parser.unescapeEntities(inner, false).replaceAll("\\s+", " ");
    }

    static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }

    static String cut(String text) {
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= MAX_CHARS) {
            return t;
        }
        int end = t.offsetByCodePoints(0, MAX_CHARS - 1);
        int space = t.lastIndexOf(' ', end);
        String head = space > MAX_CHARS / 2 ? t.substring(0, space) : t.substring(0, end);
        return head.replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }
}
