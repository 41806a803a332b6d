package dev.blogwright.logic.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin XML writer for feeds and the sitemap: the StAX writer escapes, this drops characters XML 1.0 forbids
 * (a stray control character in a title would otherwise make the whole feed unreadable).
 */
final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final XMLStreamWriter xml;

    XmlOut() {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut start(String name) {
        return run(() -> xml.writeStartElement(name));
    }

    XmlOut attr(String name, String value) {
        return run(() -> xml.writeAttribute(name, clean(value)));
    }

    XmlOut text(String value) {
        return run(() -> xml.writeCharacters(clean(value)));
    }

    XmlOut end() {
        return run(() -> {
            xml.writeEndElement();
            xml.writeCharacters("\n");
        });
    }

    /** A start tag, text and end tag on one line. */
    XmlOut element(String name, String value) {
        return start(name).text(value).end();
    }

    XmlOut empty(String name, String... attributes) {
        return run(() -> {
            xml.writeEmptyElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
            xml.writeCharacters("\n");
        });
    }

    byte[] finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.close();
        });
        String text = bytes.toString(StandardCharsets.UTF_8);
        return (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }

    private XmlOut run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write XML: " + e.getMessage(), e);
        }
        return this;
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
