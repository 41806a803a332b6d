package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.cache.InputKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Makes a page of the site through the theme with what every page shows (the site, the theme's look, the menus,
 * the way back to the root, its link-preview meta), and takes the fingerprint that lets the next export keep it.
 */
final class ThemedPages {
    private final SiteTheme theme;
    /** The exporter's fingerprint (theme, theme options, menus): part of every page's. */
    private final Supplier<String> fingerprint;
    private final LinkPreviews previews;

    ThemedPages(SiteTheme theme, Supplier<String> fingerprint, LinkPreviews previews) {
        this.theme = theme;
        this.fingerprint = fingerprint;
        this.previews = previews;
    }

    LinkPreviews previews() {
        return previews;
    }

    String render(String file, String template, SiteModel model, Map<String, Object> extra) {
        Map<String, Object> context = new HashMap<>(extra);
        context.put("site", model.site);
        context.put("theme", model.look);
        context.putIfAbsent("root", SiteLinks.root(file));
        context.put("file", file);
        context.putIfAbsent("social", previews.website(model, file));
        context.put("nav", model.nav.forPage(file, (String) context.get("root")));
        return theme.render(template, context);
    }

    String inputs(String file, String template, SiteModel model, Object extra) {
        return inputs(file, template, model, extra, Map.of());
    }

    /** The key of a page; {@code known} (by identity) holds the fingerprints of records in it, taken before. */
    String inputs(String file, String template, SiteModel model, Object extra, Map<Object, String> known) {
        // The base URL is in every page's link-preview meta; a page without meta of its own shows the site's, whose
        // image (the blog's fallback) is there at the size its file has now.
        Object social = extra instanceof Map<?, ?> values && values.containsKey("social") ? null
                : previews.website(model, file);
        return InputKeys.ofKnown(known, "page", fingerprint.get(), template, file, model.site, model.links.baseUrl(),
                model.nav.shown(), social,
                extra);
    }
}
