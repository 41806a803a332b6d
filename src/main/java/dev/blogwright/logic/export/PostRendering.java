package dev.blogwright.logic.export;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.markdown.RenderedMarkdown;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Renders the posts of an export, in parallel, once each at most: a body the previous bundle already rendered
 * (same fingerprint) is not rendered at all unless a page that shows it has to be made again.
 */
final class PostRendering {
    /**
     * The renderer is thread-safe (tested on four threads); one of each kind serves every worker, made when first
     * needed: a re-export that renders nothing, or one post, never builds the other.
     */
    private static final class Sanitizing {
        static final MarkdownRenderer RENDERER = new MarkdownRenderer(false);
    }

    private static final class Trusting {
        static final MarkdownRenderer RENDERER = new MarkdownRenderer(true);
    }

    /** What is made from each post while its HTML is at hand: its page, its JSON file. */
    @FunctionalInterface
    interface PostOutput {
        void write(int index, RenderedPost post, Supplier<String> html) throws IOException;
    }

    private final boolean trustRawHtml;
    private final Instant now;
    private final AtomicInteger renders = new AtomicInteger();

    PostRendering(boolean trustRawHtml, Instant now) {
        this.trustRawHtml = trustRawHtml;
        this.now = now;
    }

    /**
     * Renders {@code posts} (or takes their facts from the previous bundle), hands each to {@code output}, and
     * records each body's facts in {@code bundle}'s manifest. Results are in the order of {@code posts}.
     */
    List<RenderedPost> renderAll(List<Post> posts, BundleWriter bundle, ExportOptions options,
                                 ExportProgress progress, PostOutput output) {
        // The feeds' items keep their HTML in the manifest (see feedBodies); a body rendered anyway is kept now.
        Set<Post> feedItems = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        feedItems.addAll(Feeds.newest(posts, p -> p));
        List<Integer> indexes = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            indexes.add(i);
        }
        return Parallel.map(indexes, options, progress,
                i -> render(i, posts.get(i), bundle, output, feedItems.contains(posts.get(i))));
    }

    private RenderedPost render(int index, Post post, BundleWriter bundle, PostOutput output, boolean feedItem)
            throws IOException {
        String bodyKey = bodyKey(post);
        RenderFacts facts = bundle.previousRender(bodyKey);
        String html = null;
        if (facts == null) {
            renders.incrementAndGet();
            RenderedMarkdown rendered = renderer().renderPost(post.body(), post.excerpt());
            html = rendered.html();
            facts = new RenderFacts(rendered.excerpt(), rendered.words(), AssetLinks.referencedFiles(html));
            if (feedItem) {
                bundle.rememberFragment(bodyKey, html);
            }
        }
        bundle.rememberRender(bodyKey, facts);
        RenderedPost rp = withFacts(post, bodyKey, facts);
        String known = html;
        output.write(index, rp, new Supplier<>() {
            private String made = known;

            @Override
            public String get() {
                if (made == null) {
                    made = html(post);
                }
                return made;
            }
        });
        return rp;
    }

    /** The post's HTML, rendered now: for the few places that need the HTML of a post rendered earlier. */
    String html(Post post) {
        renders.incrementAndGet();
        return renderer().renderPost(post.body(), post.excerpt()).html();
    }

    /**
     * The feeds' bodies, kept in {@code bundle}'s manifest by body fingerprint: the feeds show the newest posts
     * and change whenever any post does (their date), so without this every edit rendered fifty posts again.
     */
    Feeds.Bodies feedBodies(BundleWriter bundle) {
        return new Feeds.Bodies() {
            @Override
            public String html(RenderedPost post) {
                String html = bundle.fragment(post.bodyKey());
                if (html == null) {
                    html = PostRendering.this.html(post.post());
                    bundle.rememberFragment(post.bodyKey(), html);
                }
                return html;
            }

            @Override
            public void keep(RenderedPost post) {
                String html = bundle.fragment(post.bodyKey());
                if (html != null) {
                    bundle.rememberFragment(post.bodyKey(), html);
                }
            }
        };
    }

    private MarkdownRenderer renderer() {
        return trustRawHtml ? Trusting.RENDERER : Sanitizing.RENDERER;
    }

    /** How many times a post body was rendered so far. */
    int renderCount() {
        return renders.get();
    }

    /** The fingerprint of everything a post's HTML, excerpt and word count are made from. */
    String bodyKey(Post post) {
        return InputKeys.ofText(Arrays.asList("body", String.valueOf(trustRawHtml), post.excerpt(), post.body()));
    }

    RenderedPost withFacts(Post post, String bodyKey, RenderFacts facts) {
        Set<String> assets = new TreeSet<>(facts.assets());
        if (post.featuredImage().startsWith("assets/")) {
            assets.add(post.featuredImage().substring("assets/".length()));
        }
        return new RenderedPost(post, bodyKey, facts.excerpt(), facts.words(), PostText.readingMinutes(facts.words()),
                assets, ExportSelection.mark(post, now));
    }
}
