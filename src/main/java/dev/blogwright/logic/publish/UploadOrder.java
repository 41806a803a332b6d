package dev.blogwright.logic.publish;

import java.util.Comparator;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The order that keeps a site whole while it is half sent: assets before the pages that use them, files new to the
 * target before the changed pages that link to them (a new post before the listing that shows it), and among the
 * pages post pages, then listings, then feeds, sitemap and search index, then the root index page. Deletions come
 * after every upload and the manifest last, so a cut-off deploy leaves every link from the index page resolving.
 */
final class UploadOrder {
    /** Assets (images, styles, scripts) that pages use; they link to no page. */
    static final int ASSET = 0;
    static final int POST = 1;
    static final int LISTING = 2;
    static final int FEED = 3;
    static final int ROOT_INDEX = 4;
    private static final Set<String> FEEDS = Set.of("feed.xml", "atom.xml", "feed.json", "sitemap.xml",
            "search-index.json", "assets/search-index.js", "robots.txt");

    private UploadOrder() {
    }

    static int rank(String path) {
        if (path.equals("index.html")) {
            return ROOT_INDEX;
        }
        if (FEEDS.contains(path)) {
            return FEED;
        }
        if (path.endsWith(".html") || path.endsWith(".htm")) {
            return path.startsWith("posts/") ? POST : LISTING;
        }
        return path.indexOf('/') < 0 && (path.endsWith(".xml") || path.endsWith(".json")) ? FEED : ASSET;
    }

    /** Sorts planned uploads; {@code isNew} tells files missing on the target from changed ones. */
    static Comparator<String> comparator(Predicate<String> isNew) {
        return Comparator.<String>comparingInt(p -> group(p, isNew.test(p))).thenComparingInt(UploadOrder::rank)
                .thenComparing(Comparator.naturalOrder());
    }

    /** Files of equal key may be sent in any order, or at once; the keys ascend along the comparator's order. */
    static int batchKey(String path, boolean isNew) {
        return group(path, isNew) * 10 + rank(path);
    }

    private static int group(String path, boolean isNew) {
        if (rank(path) == ASSET) {
            return isNew ? 0 : 1;
        }
        return isNew ? 2 : 3;
    }
}
