package dev.blogwright.logic.export;

/**
 * The rendered HTML of posts whose own files are already written, for the outputs that show a body again later
 * (the feeds); a body is rendered again only when neither this export nor the previous one kept it.
 */
public interface RenderedBodies {
    /** The post's rendered body; asked for only when a file showing it is written. */
    String html(RenderedPost post);

    /** Called for every post shown, written or not: a cache of bodies keeps this one for the next export. */
    void keep(RenderedPost post);
}
