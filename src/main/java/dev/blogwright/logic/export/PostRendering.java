package dev.blogwright.logic.export;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.model.Post;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Renders every post once, in parallel, for the HTML and the JSON export alike. */
final class PostRendering {
    /** flexmark's parser is documented reusable, but one renderer per worker keeps any hidden state apart. */
    private static final ThreadLocal<MarkdownRenderer> RENDERER = ThreadLocal.withInitial(MarkdownRenderer::new);

    private PostRendering() {
    }

    static List<RenderedPost> renderAll(List<Post> posts, ExportOptions options, ExportProgress progress) {
        Instant now = options.now();
        return Parallel.map(posts, options, progress, post -> render(post, now));
    }

    static RenderedPost render(Post post, Instant now) {
        MarkdownRenderer renderer = RENDERER.get();
        String html = renderer.render(post.body());
        String excerpt = Excerpts.of(post.excerpt(), post.body(), html, renderer);
        int words = PostText.wordCount(post.body());
        Set<String> assets = new TreeSet<>(AssetLinks.referencedFiles(html));
        if (post.featuredImage().startsWith("assets/")) {
            assets.add(post.featuredImage().substring("assets/".length()));
        }
        return new RenderedPost(post, html, excerpt, words, PostText.readingMinutes(words), assets,
                ExportSelection.mark(post, now));
    }
}
