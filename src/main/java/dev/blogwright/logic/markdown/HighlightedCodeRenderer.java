package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;
import java.util.Set;

/**
 * flexmark's fenced code, written as its core renderer writes it but with the code highlighted by
 * {@link CodeHighlighter}; a block without a language, or in one the highlighter does not know, goes to the core
 * renderer unchanged. {@link DirectHtmlRun} writes the same bytes on the fast path.
 */
final class HighlightedCodeRenderer implements NodeRenderer {
    static final NodeRendererFactory FACTORY = options -> new HighlightedCodeRenderer();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence info = node.getInfo();
        HtmlRendererOptions options = context.getHtmlOptions();
        if (info.isNull() || info.isBlank()) {
            context.delegateRender();
            return;
        }
        String language = node.getInfoDelimitedByAny(options.languageDelimiterSet).unescape();
        Optional<String> highlighted = CodeHighlighter.highlight(language, node.getContentChars().normalizeEOL());
        if (highlighted.isEmpty()) {
            context.delegateRender();
            return;
        }
        html.line();
        html.srcPosWithTrailingEOL(node.getChars()).withAttr().tag("pre").openPre();
        html.attr("class", options.languageClassMap.getOrDefault(language, options.languageClassPrefix + language));
        html.srcPosWithEOL(node.getContentChars()).withAttr(CoreNodeRenderer.CODE_CONTENT).tag("code");
        html.raw(highlighted.get());
        html.tag("/code");
        html.tag("/pre").closePre();
        html.lineIf(options.htmlBlockCloseTagEol);
    }
}
