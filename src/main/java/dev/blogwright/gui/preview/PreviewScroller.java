package dev.blogwright.gui.preview;

import com.sun.webkit.dom.ElementImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Scrolls the preview to a ratio of its height without JavaScript. WebView paints its scroll bars itself (they
 * are not nodes a lookup could find) and {@code window.scrollTo} needs script, which the preview keeps off for
 * post content. WebKit's Java DOM binding, however, exposes the DOM's own {@code scrollTop}/{@code scrollHeight}
 * on its element class, which works with script disabled. That class lives in {@code com.sun.webkit.dom}: on the
 * class path it is reachable; on a module path the launcher must add
 * {@code --add-exports javafx.web/com.sun.webkit.dom=ALL-UNNAMED}, and without it scroll sync switches itself off
 * (logged once) instead of failing.
 */
final class PreviewScroller {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewScroller.class);
    private boolean available = true;

    void scrollTo(Document doc, double ratio) {
        if (!available || doc == null || doc.getDocumentElement() == null) {
            return;
        }
        try {
            Element root = doc.getDocumentElement();
            if (root instanceof ElementImpl html) {
                int max = Math.max(0, html.getScrollHeight() - (int) html.getClientHeight());
                int top = (int) Math.round(Math.max(0, Math.min(1, ratio)) * max);
                html.setScrollTop(top);
                // In quirks mode the body scrolls instead; setting both is harmless for the one that does not.
                if (doc.getElementsByTagName("body").item(0) instanceof ElementImpl body) {
                    body.setScrollTop(top);
                }
            }
        } catch (LinkageError e) {
            available = false;
            LOG.warn("preview scroll sync is off: com.sun.webkit.dom is not exported to the application", e);
        }
    }

    /** The current scroll position as a ratio, or -1 when unknown. */
    double ratio(Document doc) {
        try {
            if (available && doc != null && doc.getDocumentElement() instanceof ElementImpl html) {
                int max = html.getScrollHeight() - (int) html.getClientHeight();
                return max <= 0 ? 0 : Math.min(1, html.getScrollTop() / (double) max);
            }
        } catch (LinkageError e) {
            available = false;
        }
        return -1;
    }
}
