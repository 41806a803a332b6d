package dev.blogwright.logic.export;

import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.cache.RenderFacts;
import dev.blogwright.logic.export.site.AssetLinks;
import dev.blogwright.logic.export.site.Feeds;
import dev.blogwright.logic.export.site.PostMemo;
import dev.blogwright.logic.markdown.CodeHighlighter;
import dev.blogwright.logic.markdown.MarkdownRenderer;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.markdown.RenderedMarkdown;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostBodies;
import dev.blogwright.util.TextFingerprint;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the posts of an export, in parallel, once each at most. First, for every post, what its pages are made
 * from and what of them the previous bundle already holds, which needs no body: a body the previous bundle
 * rendered (same fingerprint) comes with its facts from the manifest. Then the posts left, a chunk at a time:
 * their bodies read in one go while the chunk before renders, rendered on all cores, their files written while
 * the HTML is at hand.
 */
final class PostRendering {
    /** Posts whose bodies are read and rendered together: bounded memory (a few MB), few reads, few pauses. */
    private static final int CHUNK = 500;

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

    /** Sets up the renderer of the usual case (raw HTML sanitized) and renders a line with it; see RendererWarmUp. */
    static void warmUp() {
        Sanitizing.RENDERER.renderPost("# Warm\n\nA *line* with `code` and a [link](https://example.com).\n", "");
    }

    /** What is made from each post: its page, its JSON file. */
    interface PostOutput {
        /** Keeps what the previous bundle made of the post from the same inputs; true when it kept all of it. */
        boolean keep(int index, RenderedPost post) throws IOException;

        /** Makes what {@link #keep} did not keep, with the post's Markdown and HTML. */
        void write(int index, RenderedPost post, String markdown, String html) throws IOException;
    }

    private final boolean trustRawHtml;
    private final Instant now;
    private final PostBodies bodies;
    private final PostMemo.Round memo;
    private final AtomicInteger renders = new AtomicInteger();

    PostRendering(boolean trustRawHtml, Instant now, PostBodies bodies, PostMemo.Round memo) {
        this.trustRawHtml = trustRawHtml;
        this.now = now;
        this.bodies = bodies;
        this.memo = memo;
    }

    /**
     * Renders {@code posts} (or takes their facts from the previous bundle), hands each to {@code output}, and
     * records each body's facts in {@code bundle}'s manifest. Results are in the order of {@code posts}.
     */
    List<RenderedPost> renderAll(List<Post> posts, BundleWriter bundle, ExportOptions options,
                                 ExportProgress progress, PostOutput output) {
        // The feeds' items keep their HTML in the manifest (see feedBodies); a body rendered anyway is kept now.
        Set<Post> feedItems = Collections.newSetFromMap(new IdentityHashMap<>());
        feedItems.addAll(Feeds.newest(posts.stream().filter(p -> !p.isPage()).toList(), p -> p));
        String[] bodyKeys = new String[posts.size()];
        RenderedPost[] rendered = new RenderedPost[posts.size()];
        List<Integer> indexes = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            indexes.add(i);
        }
        List<Boolean> done = Parallel.map(indexes, options, ExportProgress.NONE, i -> {
            Post post = posts.get(i);
            // The previous export's facts of the same post object: the body, hence the key and facts, are its own.
            RenderedPost known = memo.known(post, ExportSelection.mark(post, now));
            bodyKeys[i] = known != null ? known.bodyKey() : bodyKey(post);
            RenderFacts facts = bundle.memory().previousRender(bodyKeys[i]);
            if (facts == null) {
                return false;
            }
            bundle.memory().rememberRender(bodyKeys[i], facts);
            rendered[i] = known != null ? known : withFacts(post, bodyKeys[i], facts);
            return output.keep(i, rendered[i]);
        });
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            if (!done.get(i)) {
                left.add(i);
            }
        }
        int kept = posts.size() - left.size();
        if (kept > 0) {
            progress.progress(kept, posts.size());
        }
        List<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < left.size(); from += CHUNK) {
            chunks.add(left.subList(from, Math.min(left.size(), from + CHUNK)));
        }
        // Each chunk's bodies are read while the one before is rendered, so the cores never wait for the library.
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "blogwright-export-bodies");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<List<String>> next = chunks.isEmpty() ? null : read(reader, posts, chunks.get(0));
            int before = kept;
            for (int c = 0; c < chunks.size(); c++) {
                List<Integer> chunk = chunks.get(c);
                List<String> texts = await(next);
                next = c + 1 < chunks.size() ? read(reader, posts, chunks.get(c + 1)) : null;
                int offset = before;
                Parallel.map(indexes(chunk.size()), options, (d, t) -> progress.progress(offset + d, posts.size()),
                        j -> {
                            int i = chunk.get(j);
                            make(i, posts.get(i), texts.get(j), bodyKeys[i], rendered, feedItems, bundle, output);
                            return i;
                        });
                before += chunk.size();
            }
        } finally {
            reader.shutdownNow();
        }
        return Arrays.asList(rendered);
    }

    /** Renders one post whose page or JSON file has to be made, and hands it to {@code output}. */
    private void make(int i, Post post, String markdown, String bodyKey, RenderedPost[] rendered,
                      Set<Post> feedItems, BundleWriter bundle, PostOutput output) throws IOException {
        renders.incrementAndGet();
        RenderedMarkdown made = renderer().renderPost(markdown, post.excerpt());
        if (rendered[i] == null) {
            RenderFacts facts = new RenderFacts(made.excerpt(), made.words(), AssetLinks.referencedFiles(made.html()));
            bundle.memory().rememberRender(bodyKey, facts);
            rendered[i] = withFacts(post, bodyKey, facts);
        }
        if (feedItems.contains(post)) {
            bundle.memory().rememberFragment(bodyKey, made.html());
        }
        output.write(i, rendered[i], markdown, made.html());
    }

    private Future<List<String>> read(ExecutorService reader, List<Post> posts, List<Integer> chunk) {
        return reader.submit(() -> bodies.bodies(chunk.stream().map(posts::get).toList()));
    }

    private static List<String> await(Future<List<String>> texts) {
        try {
            return texts.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportCancelledException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static List<Integer> indexes(int size) {
        List<Integer> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(i);
        }
        return out;
    }

    /** The post's HTML, rendered now: for the few places that need the HTML of a post rendered earlier. */
    String html(Post post) {
        renders.incrementAndGet();
        return renderer().renderPost(bodies.body(post), post.excerpt()).html();
    }

    /**
     * The feeds' bodies, kept in {@code bundle}'s manifest by body fingerprint: the feeds show the newest posts
     * and change whenever any post does (their date), so without this every edit rendered fifty posts again.
     */
    RenderedBodies feedBodies(BundleWriter bundle) {
        return new RenderedBodies() {
            @Override
            public String html(RenderedPost post) {
                String html = bundle.memory().fragment(post.bodyKey());
                if (html == null) {
                    html = PostRendering.this.html(post.post());
                    bundle.memory().rememberFragment(post.bodyKey(), html);
                }
                return html;
            }

            @Override
            public void keep(RenderedPost post) {
                String html = bundle.memory().fragment(post.bodyKey());
                if (html != null) {
                    bundle.memory().rememberFragment(post.bodyKey(), html);
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

    /**
     * The fingerprint of everything a post's HTML, excerpt and word count are made from. The body enters by its
     * own fingerprint, which the library keeps, so no body is read to learn that it did not change.
     */
    String bodyKey(Post post) {
        String body = bodies.fingerprint(post);
        if (body == null) {
            body = TextFingerprint.of(bodies.body(post));
        }
        // The highlighter's fingerprint: a new lexer version colours the same code differently.
        return InputKeys.ofText(Arrays.asList("body", String.valueOf(trustRawHtml), CodeHighlighter.FINGERPRINT,
                post.excerpt(), body));
    }

    RenderedPost withFacts(Post post, String bodyKey, RenderFacts facts) {
        boolean featured = post.featuredImage().startsWith("assets/");
        // Most posts use no image: one shared empty set instead of a tree per post, which every deploy keeps live.
        SortedSet<String> assets = facts.assets().isEmpty() && !featured ? Collections.emptySortedSet()
                : new TreeSet<>(facts.assets());
        if (featured) {
            assets.add(post.featuredImage().substring("assets/".length()));
        }
        return new RenderedPost(post, bodyKey, facts.excerpt(), facts.words(), PostText.readingMinutes(facts.words()),
                assets, ExportSelection.mark(post, now));
    }
}
