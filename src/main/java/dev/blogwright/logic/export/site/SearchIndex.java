package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.output.JsonWriter;
import dev.blogwright.logic.export.site.ThemeViews.Card;
import dev.blogwright.logic.export.site.ThemeViews.Link;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** search-index.json, read by the theme's search script: one entry per post and page, URLs relative to the root. */
final class SearchIndex {
    private SearchIndex() {
    }

    /**
     * The same index as a script, because browsers refuse fetch() on file:// pages: a bundle opened from disk
     * still gets a working search box.
     */
    static byte[] script(byte[] jsonIndex) {
        String json = new String(jsonIndex, StandardCharsets.UTF_8).strip();
        return ("window.BLOGWRIGHT_SEARCH_INDEX = " + json + ";\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] json(SiteModel model, List<Card> pages) {
        List<Map<String, Object>> entries = new ArrayList<>(model.cards.size() + pages.size());
        List<Card> all = new ArrayList<>(model.cards);
        all.addAll(pages);
        for (Card c : all) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("title", c.title());
            e.put("url", c.url());
            e.put("excerpt", c.excerpt());
            e.put("tags", c.tags().stream().map(Link::name).toList());
            e.put("category", c.category() == null ? "" : c.category().name());
            entries.add(e);
        }
        return (JsonWriter.compact(entries) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
