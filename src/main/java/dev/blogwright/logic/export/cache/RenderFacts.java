package dev.blogwright.logic.export.cache;

import java.util.Set;

/**
 * What the rest of a site needs to know about a post body once it has been rendered: the plain-text excerpt, the
 * word count and the images its HTML uses. Small enough to remember in the bundle's manifest, so a re-export can
 * build every card and listing without rendering bodies that did not change.
 */
public record RenderFacts(String excerpt, int words, Set<String> assets) {
    public RenderFacts {
        assets = Set.copyOf(assets);
    }
}
