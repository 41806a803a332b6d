package dev.blogwright.gui.preview;

import dev.blogwright.gui.common.EmojiCatalog;
import dev.blogwright.gui.common.EmojiImages;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The post icon in the preview's page header as a picture: JavaFX's WebKit draws colour emoji as nothing and a
 * variation selector (the U+FE0F of "⚙️") as a box. The exported site keeps the emoji as text, which browsers
 * draw in colour; only the preview's copy of the page is changed.
 */
public final class PreviewIcons {
    /** The theme's icon element (post.peb, card.peb): its text is the icon, HTML-escaped by the template. */
    private static final Pattern ICON = Pattern.compile("(<span class=\"card-icon\"[^>]*>)([^<]*)(</span>)");

    private PreviewIcons() {
    }

    /** The page with each icon drawn as an {@code <img>} (alt = the emoji), or as its text without selectors. */
    public static String drawn(String page, EmojiImages images) {
        Matcher m = ICON.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + 2048);
        while (m.find()) {
            String icon = Parser.unescapeEntities(m.group(2), false).strip();
            String alt = EmojiCatalog.withoutVariationSelectors(icon);
            Optional<String> url = images.dataUrl(icon);
            String inner = url.map(u -> "<img class=\"emoji\" src=\"" + u + "\" alt=\"" + Entities.escape(alt)
                    + "\" style=\"width:1em;height:1em;vertical-align:middle\">")
                    .orElseGet(() -> Entities.escape(alt));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + inner + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
