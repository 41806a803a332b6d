package dev.blogwright.gui.postlist;

import dev.blogwright.gui.common.Wording;
import dev.blogwright.model.PostKind;
import java.util.Map;

/** The count line under the window ("12 posts · 9 published · …"), in the words of what the list shows. */
final class ListSummary {
    private ListSummary() {
    }

    /** A page is never scheduled (it has no date to wait for), so the pages' line leaves that count out. */
    static String of(Map<StatusFilter, Integer> n, PostKind kind, boolean loading) {
        boolean pages = kind == PostKind.PAGE;
        return Wording.count(n.getOrDefault(StatusFilter.ALL, 0), pages ? "page" : "post", pages ? "pages" : "posts")
                + " · " + n.getOrDefault(StatusFilter.PUBLISHED, 0) + " published · "
                + Wording.count(n.getOrDefault(StatusFilter.DRAFTS, 0), "draft", "drafts")
                + (pages ? "" : " · " + n.getOrDefault(StatusFilter.SCHEDULED, 0) + " scheduled")
                + " · " + n.getOrDefault(StatusFilter.TRASH, 0) + " in trash" + (loading ? " · loading…" : "");
    }
}
