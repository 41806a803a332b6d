package dev.blogwright.logic.export.output;

import dev.blogwright.logic.FastPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small XML writer for the feeds and the sitemap. It escapes as the JDK's StAX writer did ({@code & < >} in
 * text, and {@code "} too in attributes) and drops the characters XML 1.0 forbids (a stray control character in a
 * title would otherwise make the whole feed unreadable), in one pass over each string. StAX itself was a quarter of
 * a warm re-export: it encodes a character at a time and the cleaning ran a code-point stream over every post body
 * the feeds carry.
 */
public final class XmlOut {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Deque<String> open = new ArrayDeque<>();
    /** The last start tag still lacks its {@code >}: attributes may follow. */
    private boolean tagOpen;
    /** The open tag is an empty element, closed with {@code />} rather than an end tag. */
    private boolean tagEmpty;
    /** The library way, or null. */
    private final StaxXml stax = FastPaths.on(FastPaths.Switch.XML_OUT) ? null : new StaxXml();

    public XmlOut() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    public XmlOut start(String name) {
        if (stax != null) {
            stax.start(name);
            open.push(name);
            tagOpen = true;
            return this;
        }
        closeTag();
        out.append('<').append(name);
        open.push(name);
        tagOpen = true;
        return this;
    }

    public XmlOut attr(String name, String value) {
        if (!tagOpen) {
            throw new IllegalStateException("An attribute outside a start tag: " + name);
        }
        if (stax != null) {
            stax.attr(name, value);
            return this;
        }
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    public XmlOut text(String value) {
        if (stax != null) {
            stax.text(value);
            tagOpen = false;
            return this;
        }
        closeTag();
        escape(value, false);
        return this;
    }

    public XmlOut end() {
        if (stax != null) {
            stax.end();
            open.pop();
            tagOpen = false;
            return this;
        }
        closeTag();
        out.append("</").append(open.pop()).append(">\n");
        return this;
    }

    /** A start tag, text and end tag on one line. */
    public XmlOut element(String name, String value) {
        return start(name).text(value).end();
    }

    public XmlOut empty(String name, String... attributes) {
        if (stax != null) {
            stax.empty(name, attributes);
            tagOpen = false;
            return this;
        }
        closeTag();
        out.append('<').append(name);
        tagOpen = true;
        tagEmpty = true;
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attr(attributes[i], attributes[i + 1]);
        }
        return text("\n");
    }

    public byte[] finish() {
        closeTag();
        if (!open.isEmpty()) {
            throw new IllegalStateException("Elements left open: " + open);
        }
        if (stax != null) {
            return stax.finish();
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void closeTag() {
        if (tagOpen) {
            out.append(tagEmpty ? "/>" : ">");
            tagOpen = false;
            tagEmpty = false;
        }
    }

    /** Appends {@code s} escaped, without the characters XML 1.0 forbids; null is written as nothing. */
    private void escape(String s, boolean attribute) {
        if (s == null) {
            return;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c == '\t' || c == '\n' || c == '\r') {
                    out.append(c);
                }
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '"' && attribute) {
                out.append("&quot;");
            } else if (c < Character.MIN_SURROGATE) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c >= 0xE000 && c <= 0xFFFD) {
                out.append(c);
            }
            // Otherwise a lone surrogate or U+FFFE/U+FFFF: not XML, dropped.
        }
    }
}
