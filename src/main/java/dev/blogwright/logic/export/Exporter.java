package dev.blogwright.logic.export;

import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.util.List;

/**
 * One kind of output an export writes into the bundle: the HTML site, the JSON files, … {@link ExportService}
 * renders each post once and hands it to every exporter the format asks for, so a new kind of output is one more
 * entry in the service's list, not one more branch. One instance serves one export; {@code keepPost} and
 * {@code writePost} are called from several threads at once, for different posts.
 */
public interface Exporter {
    /** Makes the exporter of one export; what it is made from (a theme) is chosen here, before anything is written. */
    @FunctionalInterface
    interface Factory {
        Exporter create(SiteContent content, ExportOptions options) throws IOException;
    }

    /**
     * What this exporter's files are made from besides the content and the posts (a theme's fingerprint), so what
     * the previous export worked out is not taken for an export that looks different; "" when nothing.
     */
    default String fingerprint() {
        return "";
    }

    /**
     * What the service's memory of each post (its card and page fingerprints, kept between exports in the app) must
     * also match to serve this export: the fingerprint, and whatever else a post's page shows that is neither the post
     * nor the content's settings, categories and tags.
     */
    default String memoContext() {
        return fingerprint();
    }

    /** Called once the bundle is open, before any post is handed over. */
    void start(ExportRun run) throws IOException;

    /**
     * Keeps what the previous bundle made of the post at {@code index} from the same inputs; true when it kept all of
     * it, false when {@link #writePost} has to make some.
     */
    boolean keepPost(int index, RenderedPost post) throws IOException;

    /**
     * Makes what {@link #keepPost} did not keep, while the post's Markdown and HTML are at hand. Called for a post
     * when any exporter could not keep all of its files, so a file this one kept is skipped
     * ({@code BundleWriter#has}), not written twice.
     */
    void writePost(int index, RenderedPost post, String markdown, String html) throws IOException;

    /** Writes what is made from every post (listings, feeds, an index file); {@code posts} are in index order. */
    void finish(List<RenderedPost> posts) throws IOException;
}
