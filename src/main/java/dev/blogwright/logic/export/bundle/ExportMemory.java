package dev.blogwright.logic.export.bundle;

import dev.blogwright.logic.export.cache.Manifest;
import dev.blogwright.logic.export.cache.RenderFacts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an export remembers of the last one beside its files, and keeps for the next: the facts of each rendered
 * body (by the body's fingerprint), rendered fragments, and the sources each page's fingerprint was worked out
 * from. A new process has no other memory of the last export. Thread-safe; one per {@link BundleWriter}.
 */
public final class ExportMemory {
    private final Manifest previous;
    private final Map<String, RenderFacts> renders;
    private final Map<String, String> fragments = new ConcurrentHashMap<>();

    ExportMemory(Manifest previous) {
        this.previous = previous;
        // Sized for the previous bundle: growing a concurrent map of 10,000 entries step by step costs.
        this.renders = new ConcurrentHashMap<>(previous.renders().size() + 16);
    }

    /**
     * The input fingerprint of the previous bundle's page {@code relative} when it was worked out from the same
     * {@code sources}, else null. For a post page, working out the fingerprint from the post, its neighbours and the
     * site costs several times more than fingerprinting those sources, and at 10,000 posts it was most of an export
     * after one change.
     */
    public String inputsFrom(String relative, String sources) {
        Manifest.Page page = previous.pages().get(relative);
        return page != null && sources != null && sources.equals(page.sources()) ? page.inputs() : null;
    }

    /** The facts of a post body rendered by the previous export, by its fingerprint; null when unknown. */
    public RenderFacts previousRender(String bodyKey) {
        return previous.renders().get(bodyKey);
    }

    /** A rendered fragment remembered under {@code key} by this export or the previous one; null when unknown. */
    public String fragment(String key) {
        String current = fragments.get(key);
        return current != null ? current : previous.fragments().get(key);
    }

    /** Remembers a rendered fragment in this bundle's manifest, for the next export; keep these few and small. */
    public void rememberFragment(String key, String html) {
        fragments.put(key, html);
    }

    /** Remembers a body's facts in this bundle's manifest, for the next export. */
    public void rememberRender(String bodyKey, RenderFacts facts) {
        renders.put(bodyKey, facts);
    }

    /** This export's rendered bodies, for its manifest. */
    Map<String, RenderFacts> renders() {
        return renders;
    }

    /** This export's fragments, for its manifest. */
    Map<String, String> fragments() {
        return fragments;
    }
}
