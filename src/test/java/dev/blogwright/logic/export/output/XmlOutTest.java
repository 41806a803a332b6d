package dev.blogwright.logic.export.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** XmlOut replaced the JDK's StAX writer; it must write the very bytes StAX wrote, cleaned the same way. */
class XmlOutTest {
    private static final String[] NASTY = {"", "plain", "a & b < c > d", "\"quoted\" 'single'", "tab\tnew\nline\rcr",
        "bell\u0007 nul\u0000 esc\u001b", "é ü ß — “curly”", "emoji 😀 pair", "lone \ud800 high", "lone \udc00 low",
        "reversed \udc00\ud800 pair", "end high \ud83d", "nonchars \ufffe\uffff \ufffd", "]]> cdata end",
        "<script>alert('x')</script>", "&amp; already", "\u0085 NEL \u2028 LS", "\ue000 private"};

    @Test
    void writesWhatStaxWroteForEveryKindOfTextAndAttribute() throws Exception {
        for (String s : NASTY) {
            assertSame(s);
        }
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                // Mostly the interesting ranges: controls, markup, surrogates, the top of the BMP.
                switch (random.nextInt(5)) {
                    case 0 -> s.append((char) random.nextInt(0x80));
                    case 1 -> s.append("&<>\"'\t\n\r".charAt(random.nextInt(8)));
                    case 2 -> s.append((char) (0xD800 + random.nextInt(0x800)));
                    case 3 -> s.append((char) (0xFFF0 + random.nextInt(16)));
                    default -> s.append((char) random.nextInt(0x10000));
                }
            }
            assertSame(s.toString());
        }
    }

    @Test
    void aFeedShapedDocumentIsTheSameAndParses() throws Exception {
        XmlOut ours = new XmlOut();
        Stax ref = new Stax();
        for (Ops o : new Ops[] {new OursOps(ours), new StaxOps(ref)}) {
            o.start("feed").attr("xmlns", "http://www.w3.org/2005/Atom").attr("xml:lang", "de").text("\n");
            o.element("title", "Zwölf <Boxkämpfer> & \u0001 Co");
            o.empty("link", "href", "https://x.example/a?b=1&c=\"2\"", "rel", "self");
            o.start("entry").text("\n").element("title", "😀").start("content").attr("type", "html")
                    .text("<p>Hello &amp; bye</p>").end().end();
            o.end();
        }
        byte[] bytes = ours.finish();
        assertArrayEquals(ref.finish(), bytes);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(new String(bytes, StandardCharsets.UTF_8))));
        assertEquals("Zwölf <Boxkämpfer> &  Co", doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("<p>Hello &amp; bye</p>", doc.getElementsByTagName("content").item(0).getTextContent());
    }

    @Test
    void anUnfinishedDocumentIsAnErrorNotAHalfWrittenFeed() {
        XmlOut x = new XmlOut();
        x.start("rss").start("channel").end();
        assertThrows(IllegalStateException.class, x::finish);
        assertThrows(IllegalStateException.class, () -> new XmlOut().text("x").attr("a", "b"));
    }

    private static void assertSame(String s) throws Exception {
        XmlOut ours = new XmlOut();
        ours.start("e").attr("a", s).text(s).end().empty("f", "b", s);
        Stax ref = new Stax();
        ref.start("e").attr("a", s).text(s).end().empty("f", "b", s);
        assertArrayEquals(ref.finish(), ours.finish(), () -> "for " + s.chars()
                .mapToObj(c -> String.format("%04x", c)).toList());
    }

    private interface Ops {
        Ops start(String name);

        Ops attr(String name, String value);

        Ops text(String value);

        Ops end();

        Ops element(String name, String value);

        Ops empty(String name, String... attributes);
    }

    private record OursOps(XmlOut x) implements Ops {
        public Ops start(String name) {
            x.start(name);
            return this;
        }

        public Ops attr(String name, String value) {
            x.attr(name, value);
            return this;
        }

        public Ops text(String value) {
            x.text(value);
            return this;
        }

        public Ops end() {
            x.end();
            return this;
        }

        public Ops element(String name, String value) {
            x.element(name, value);
            return this;
        }

        public Ops empty(String name, String... attributes) {
            x.empty(name, attributes);
            return this;
        }
    }

    private record StaxOps(Stax x) implements Ops {
        public Ops start(String name) {
            x.start(name);
            return this;
        }

        public Ops attr(String name, String value) {
            x.attr(name, value);
            return this;
        }

        public Ops text(String value) {
            x.text(value);
            return this;
        }

        public Ops end() {
            x.end();
            return this;
        }

        public Ops element(String name, String value) {
            x.start(name).text(value).end();
            return this;
        }

        public Ops empty(String name, String... attributes) {
            x.empty(name, attributes);
            return this;
        }
    }

    /** The StAX writer XmlOut was before, kept as the reference. */
    private static final class Stax {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final XMLStreamWriter xml;

        Stax() throws XMLStreamException {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        }

        Stax start(String name) {
            return run(() -> xml.writeStartElement(name));
        }

        Stax attr(String name, String value) {
            return run(() -> xml.writeAttribute(name, clean(value)));
        }

        Stax text(String value) {
            return run(() -> xml.writeCharacters(clean(value)));
        }

        Stax end() {
            return run(() -> {
                xml.writeEndElement();
                xml.writeCharacters("\n");
            });
        }

        Stax empty(String name, String... attributes) {
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

        private static String clean(String s) {
            if (s == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000).forEach(out::appendCodePoint);
            return out.toString();
        }

        private Stax run(Step step) {
            try {
                step.run();
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        @FunctionalInterface
        private interface Step {
            void run() throws XMLStreamException;
        }
    }
}
