package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Drops {@code href}/{@code src} values with a dangerous scheme from elements written in Markdown syntax
 * ({@code [x](javascript:…)}, {@code <javascript:…>}). A link without its target still shows its text.
 */
final class UnsafeUrlRemover implements AttributeProvider {
    static final IndependentAttributeProviderFactory FACTORY = new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new UnsafeUrlRemover();
        }
    };

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        boolean image = node instanceof Image || node instanceof ImageRef;
        removeIfUnsafe(attributes, "href", false);
        removeIfUnsafe(attributes, "src", image);
    }

    private static void removeIfUnsafe(MutableAttributes attributes, String name, boolean imageSource) {
        Attribute attribute = attributes.get(name);
        if (attribute != null && !SafeUrls.isSafe(attribute.getValue(), imageSource)) {
            attributes.remove(name);
        }
    }
}
