package dev.blogwright.logic.publish.s3;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The two XML bodies a deploy reads from S3: an error ({@code <Error><Code>…</Code><Message>…</Message>}) and a page
 * of ListObjectsV2. Read with the JDK's StAX reader, DTDs and external entities off (the body comes from a server).
 */
final class S3Xml {
    /** An S3 error's code and message; either may be null (a HEAD response, a proxy's HTML page). */
    record Error(String code, String message) {
    }

    /** One listed object. */
    record Entry(String key, long size, String eTag) {
    }

    /** One page of a listing; {@code next} is the continuation token, null on the last page. */
    record Page(List<Entry> entries, String next) {
    }

    private S3Xml() {
    }

    static Error error(byte[] body) {
        if (body == null || body.length == 0) {
            return new Error(null, null);
        }
        String code = null;
        String message = null;
        try {
            XMLStreamReader xml = reader(body);
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 2 && xml.getLocalName().equals("Code")) {
                        code = xml.getElementText().strip();
                        depth--;
                    } else if (depth == 2 && xml.getLocalName().equals("Message")) {
                        message = xml.getElementText().strip();
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            // Not XML (an HTML error page of a proxy in front of the store): the status alone has to say it.
            return new Error(code, message);
        }
        return new Error(code, message);
    }

    static Page listPage(byte[] body) throws XMLStreamException {
        List<Entry> entries = new ArrayList<>();
        String next = null;
        boolean truncated = false;
        XMLStreamReader xml = reader(body);
        String key = null;
        long size = 0;
        String eTag = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "Contents" -> {
                        key = null;
                        size = 0;
                        eTag = null;
                    }
                    case "Key" -> key = xml.getElementText();
                    case "Size" -> size = Long.parseLong(xml.getElementText().strip());
                    case "ETag" -> eTag = xml.getElementText();
                    case "IsTruncated" -> truncated = Boolean.parseBoolean(xml.getElementText().strip());
                    case "NextContinuationToken" -> next = xml.getElementText();
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Contents")
                    && key != null) {
                entries.add(new Entry(key, size, eTag));
            }
        }
        return new Page(entries, truncated ? next : null);
    }

    private static XMLStreamReader reader(byte[] body) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(body));
    }
}
