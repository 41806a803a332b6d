package dev.blogwright.logic.importing.wordpress;

import dev.blogwright.logic.importing.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WXR file into a small element tree, safely: no DTD (a file that has one is refused, so no entity can
 * expand and nothing is fetched), no external entities, a size limit checked before reading and a depth limit
 * while reading. WXR is a few thousand small elements per hundred posts, so a tree costs little.
 */
final class WxrXml {
    /** The WordPress export namespace; its version part (1.0, 1.1, 1.2) differs between WordPress releases. */
    static final String WP_NAMESPACE_PREFIX = "http://wordpress.org/export/";
    private static final int MAX_DEPTH = 64;

    /** An element: namespace URI, local name, attributes by local name, its own text, its child elements. */
    record Element(String ns, String name, Map<String, String> attributes, String text, List<Element> children) {
        List<Element> all(String localName) {
            return children.stream().filter(c -> c.name().equals(localName)).toList();
        }

        Optional<Element> first(String localName) {
            return children.stream().filter(c -> c.name().equals(localName)).findFirst();
        }

        /** The text of the first child of that name, stripped; "" when absent. */
        String childText(String localName) {
            return first(localName).map(e -> e.text().strip()).orElse("");
        }

    }

    private WxrXml() {
    }

    static Element read(Path file, long maxBytes) throws ImportException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > maxBytes) {
                throw new ImportException(name + ": file is over the import limit of " + maxBytes + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader r = factory().createXMLStreamReader(in);
                try {
                    return tree(r, name);
                } finally {
                    r.close();
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            String why = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*Message:\\s*", "");
            throw new ImportException(name + ": not a readable WordPress export: broken XML" + where + " ("
                    + why.lines().findFirst().orElse("").strip() + ")", e);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    private static Element tree(XMLStreamReader r, String name) throws XMLStreamException, ImportException {
        Deque<Builder> open = new ArrayDeque<>();
        Element root = null;
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.DTD -> throw new ImportException(name
                        + ": not a WordPress export: it declares a DTD, which WordPress exports never do; refused");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new ImportException(name + ": not a WordPress export: elements nested more than "
                                + MAX_DEPTH + " deep; refused");
                    }
                    Map<String, String> attrs = new LinkedHashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    open.push(new Builder(r.getNamespaceURI() == null ? "" : r.getNamespaceURI(), r.getLocalName(),
                            attrs));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(r.getText());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new ImportException(name
                        + ": not a WordPress export: it uses an undeclared entity &" + r.getLocalName() + ";");
                case XMLStreamConstants.END_ELEMENT -> {
                    Element done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
                default -> {
                }
            }
        }
        if (root == null) {
            throw new ImportException(name + ": not a WordPress export: the file has no elements");
        }
        return root;
    }

    private static final class Builder {
        final String ns;
        final String name;
        final Map<String, String> attributes;
        final StringBuilder text = new StringBuilder();
        final List<Element> children = new ArrayList<>();

        Builder(String ns, String name, Map<String, String> attributes) {
            this.ns = ns;
            this.name = name;
            this.attributes = attributes;
        }

        Element build() {
            return new Element(ns, name, Map.copyOf(attributes), text.toString(), List.copyOf(children));
        }
    }
}
