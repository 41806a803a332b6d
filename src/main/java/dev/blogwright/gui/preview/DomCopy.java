package dev.blogwright.gui.preview;

import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Builds WebKit DOM nodes from jsoup nodes through the standard DOM API. {@code importNode} cannot take nodes
 * from another DOM implementation, so the tree is recreated node by node. Every jsoup node yields exactly one
 * DOM node, so the article's children stay in step with the rendered blocks. Scripts become comments: the
 * preview never runs post content.
 */
final class DomCopy {
    private DomCopy() {
    }

    static Node copy(Document doc, org.jsoup.nodes.Node source) {
        if (source instanceof TextNode text) {
            return doc.createTextNode(text.getWholeText());
        }
        if (source instanceof DataNode data) {
            return doc.createTextNode(data.getWholeData());
        }
        if (source instanceof Comment comment) {
            return doc.createComment(comment.getData());
        }
        if (source instanceof Element element && !element.normalName().equals("script")) {
            org.w3c.dom.Element out;
            try {
                out = doc.createElement(element.normalName());
            } catch (DOMException e) {
                return doc.createComment("");
            }
            for (Attribute a : element.attributes()) {
                if (!a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    try {
                        out.setAttribute(a.getKey(), a.getValue());
                    } catch (DOMException e) {
                        // an attribute name the DOM refuses (e.g. with a quote) is dropped, as a browser would
                    }
                }
            }
            for (org.jsoup.nodes.Node child : element.childNodes()) {
                out.appendChild(copy(doc, child));
            }
            return out;
        }
        return doc.createComment("");
    }
}
