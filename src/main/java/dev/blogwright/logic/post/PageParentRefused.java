package dev.blogwright.logic.post;

import dev.blogwright.logic.LibraryException;

/**
 * A page's parent that {@link PageRules} does not allow (itself, one of its sub-pages, not a page). Its own type so
 * the editor can store the rest of a save and show this one refusal beside the parent field.
 */
public final class PageParentRefused extends LibraryException {
    public PageParentRefused(String message) {
        super(message);
    }
}
