package dev.blogwright.logic.importing;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;

/**
 * A page of an imported blog (Ghost {@code type: page}, a WordPress page, a Hugo/Jekyll file under a top-level
 * {@code pages}/{@code _pages} folder or with {@code layout: page}) becomes a page here: its status as the source
 * had it, no category, its URL {@code /<slug>/}.
 */
public final class ImportedPages {
    private ImportedPages() {
    }

    public static Post asPage(Post page) {
        return page.toBuilder().kind(PostKind.PAGE).categoryId(null).build();
    }

    /** The report line that says what the item became. */
    public static String note(String sourceStatus) {
        return "a page (" + sourceStatus + "): imported as a page, in no listing or feed";
    }
}
