package dev.blogwright.logic.export;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.markdown.RenderedMarkdown;
import dev.blogwright.model.Post;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Renders every post once, in parallel, for the HTML and the JSON export alike. */
final class PostRendering {
    /** The renderer is thread-safe (tested on four threads); one of each kind serves every worker. */
    private static final MarkdownRenderer SANITIZING = new MarkdownRenderer(false);
    private static final MarkdownRenderer TRUSTING = new MarkdownRenderer(true);

    private PostRendering() {
    }

    static List<RenderedPost> renderAll(List<Post> posts, boolean trustRawHtml, ExportOptions options,
                                        ExportProgress progress) {
        Instant now = options.now();
        MarkdownRenderer renderer = trustRawHtml ? TRUSTING : SANITIZING;
        return Parallel.map(posts, options, progress, post -> render(renderer, post, now));
    }

    static RenderedPost render(MarkdownRenderer renderer, Post post, Instant now) {
        RenderedMarkdown rendered = renderer.renderPost(post.body(), post.excerpt());
        String html = rendered.html();
        String excerpt = rendered.excerpt();
        int words = rendered.words();
        Set<String> assets = new TreeSet<>(AssetLinks.referencedFiles(html));
        if (post.featuredImage().startsWith("assets/")) {
            assets.add(post.featuredImage().substring("assets/".length()));
        }
        return new RenderedPost(post, html, excerpt, words, PostText.readingMinutes(words), assets,
                ExportSelection.mark(post, now));
    }
}
