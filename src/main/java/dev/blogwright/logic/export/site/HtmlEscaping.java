package dev.blogwright.logic.export.site;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * The themes' auto-escaping: the five characters that are markup ({@code & < > " '}) as {@code &amp; &lt; &gt;
 * &quot; &#39;}, everything else as it is; the same output as Pebble's own "html" strategy (unbescape's
 * {@code escapeHtml4Xml}, which a test compares it with). Pebble's strategy first builds unbescape's tables of all
 * 2,125 HTML5 entities, for names it never writes at this level: 70-80 ms of a one-post deploy's export, on the
 * thread that renders the first page while the others wait for the class to be ready.
 */
final class HtmlEscaping implements EscapingStrategy {
    static final HtmlEscaping INSTANCE = new HtmlEscaping();

    private HtmlEscaping() {
    }

    @Override
    public String escape(String input) {
        int n = input.length();
        int i = 0;
        while (i < n && replacement(input.charAt(i)) == null) {
            i++;
        }
        if (i == n) {
            return input;
        }
        StringBuilder out = new StringBuilder(n + 16).append(input, 0, i);
        for (; i < n; i++) {
            char c = input.charAt(i);
            String entity = replacement(c);
            if (entity == null) {
                out.append(c);
            } else {
                out.append(entity);
            }
        }
        return out.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
