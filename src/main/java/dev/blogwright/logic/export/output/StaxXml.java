package dev.blogwright.logic.export.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The feeds and the sitemap written through the JDK's StAX writer, the library way that {@link XmlOut} writes by
 * hand (same bytes, tested): {@link XmlOut} hands its calls here when its fast path is off.
 */
final class StaxXml {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final XMLStreamWriter xml;

    StaxXml() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The JDK's XML writer is not available", e);
        }
    }

    void start(String name) {
        run(() -> xml.writeStartElement(name));
    }

    void attr(String name, String value) {
        run(() -> xml.writeAttribute(name, clean(value)));
    }

    void text(String value) {
        run(() -> xml.writeCharacters(clean(value)));
    }

    void end() {
        run(() -> {
            xml.writeEndElement();
            xml.writeCharacters("\n");
        });
    }

    void empty(String name, String... attributes) {
        run(() -> {
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

    /** Without the characters XML 1.0 forbids, which StAX would write as they are; null is written as nothing. */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }

    private void run(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing XML failed", e);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }
}
