package dev.blogwright.gui.preview;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;

/**
 * A rendering of the post as its top-level nodes plus each one's HTML. The HTML strings are the keys the
 * preview compares to find the blocks that changed since the last update. Built off the FX thread.
 */
record PreviewBlocks(List<Node> nodes, List<String> keys) {
    static PreviewBlocks render(MarkdownRenderer renderer, String markdown, Path assetsFolder) {
        String html = withoutVariationSelectors(PreviewPage.resolveAssets(renderer.render(markdown), assetsFolder));
        List<Node> nodes = List.copyOf(Jsoup.parseBodyFragment(html).body().childNodes());
        return new PreviewBlocks(nodes, nodes.stream().map(Node::outerHtml).toList());
    }

    /**
     * JavaFX's WebView has no colour emoji font and draws the emoji presentation selector U+FE0F (and the text
     * one, U+FE0E) after an emoji as a box of its own ("⚙️" shows as "⚙?"). The preview leaves them out; the
     * Markdown and the exported site keep them, where browsers draw the emoji in colour.
     */
    static String withoutVariationSelectors(String html) {
        return html.indexOf('\uFE0F') < 0 && html.indexOf('\uFE0E') < 0 ? html
                : html.replace("\uFE0F", "").replace("\uFE0E", "");
    }

    /** How many leading keys two renderings share. */
    static int commonPrefix(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        int i = 0;
        while (i < n && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i;
    }

    /** How many trailing keys they share, not overlapping the shared prefix. */
    static int commonSuffix(List<String> a, List<String> b, int prefix) {
        int n = Math.min(a.size(), b.size()) - prefix;
        int i = 0;
        while (i < n && a.get(a.size() - 1 - i).equals(b.get(b.size() - 1 - i))) {
            i++;
        }
        return i;
    }
}
