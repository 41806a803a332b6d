package dev.blogwright.logic.export;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Plain-text excerpts for cards, feeds and search. Stands in until {@code PostText.excerpt} lands in the
 * markdown package; the rule is the issue's: the manual excerpt, else the text before {@code <!--more-->}, else
 * the first paragraph, cut at a word boundary to at most 160 characters with "…".
 */
final class Excerpts {
    static final int MAX_CHARS = 160;
    private static final String MORE = "<!--more-->";

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
        Document doc = Jsoup.parseBodyFragment(html);
        Element first = doc.selectFirst("p");
        return cut(first == null ? doc.text() : first.text());
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
