package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.site.ThemeViews.Card;
import dev.blogwright.model.Post;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one export worked out from each post (its rendered facts, its card, the fingerprints of its card and page),
 * kept for the next export by the same service. The app exports one library again and again, and its post cache
 * hands over the very same {@link Post} object for a post that did not change; everything kept here is a pure
 * function of that object, its neighbours and the site's settings, categories, tags and theme, so it is looked up
 * by the object's identity instead of worked out again. Fingerprinting 10,000 unchanged posts was most of a warm
 * re-export. Another context (settings, theme, ...) starts afresh. Thread-safe between exports; one {@link Round}
 * serves one export.
 */
public final class PostMemo {
    private String context = "";
    private Map<Post, Entry> entries = new IdentityHashMap<>();
    /** The last export's entries by their index in its list of posts. */
    private Entry[] byIndex = new Entry[0];
    /** What the last export worked out from its listings, by name (see {@link Round#fromListing}). */
    private Map<String, FromListing> listings = Map.of();

    /** What was worked out from one post; filled in as an export gets to each part. */
    private static final class Entry {
        final RenderedPost rendered;
        Card card;
        String cardKey;
        Post previous;
        Post next;
        PageKey pageKey;

        Entry(RenderedPost rendered) {
            this.rendered = rendered;
        }

        /** A copy for the next export: the same rendered post, the same card and keys. */
        Entry carriedOver() {
            Entry copy = new Entry(rendered);
            copy.card = card;
            copy.cardKey = cardKey;
            copy.previous = previous;
            copy.next = next;
            copy.pageKey = pageKey;
            return copy;
        }
    }

    /**
     * Starts an export of {@code size} posts in {@code context} (a fingerprint of everything besides the posts that
     * cards and pages are made from). The previous export's entries serve it only when its context was the same.
     */
    public synchronized Round start(String context, int size) {
        boolean same = context.equals(this.context);
        return new Round(this, context, same ? entries : Map.of(), same ? byIndex : new Entry[0],
                same ? listings : Map.of(), size);
    }

    /**
     * A post page's fingerprint ({@code inputs}) and the fingerprint of what it was worked out from ({@code sources},
     * kept with the bundle for a new process; see {@code BundleWriter.inputsFrom}).
     */
    record PageKey(String inputs, String sources) {
    }

    /** What a listing showed and what was worked out from it. */
    private record FromListing(Object shown, Object value) {
    }

    /** Keeps what a committed export worked out, for the next one. */
    private synchronized void finish(Round round) {
        Map<Post, Entry> next = new IdentityHashMap<>(round.current.length * 2);
        for (Entry e : round.current) {
            if (e != null) {
                next.put(e.rendered.post(), e);
            }
        }
        context = round.context;
        entries = next;
        byIndex = round.current;
        listings = Map.copyOf(round.listings);
    }

    /**
     * One export's use of the memo, by the index of each post in the export's list. Each index is worked on by one
     * thread at a time (the export's stages hand over through {@code Parallel}, which orders their writes).
     */
    public static final class Round {
        /** No memory: for a page made once, as the live preview makes it. */
        public static final Round NONE = new Round(null, "", Map.of(), new Entry[0], Map.of(), 0);

        private final PostMemo memo;
        private final String context;
        private final Map<Post, Entry> previous;
        private final Entry[] previousByIndex;
        private final Map<String, FromListing> previousListings;
        private final Entry[] current;
        private final Map<String, FromListing> listings = new ConcurrentHashMap<>();

        private Round(PostMemo memo, String context, Map<Post, Entry> previous, Entry[] previousByIndex,
                      Map<String, FromListing> previousListings, int size) {
            this.memo = memo;
            this.context = context;
            this.previous = previous;
            this.previousByIndex = previousByIndex;
            this.previousListings = previousListings;
            this.current = new Entry[size];
        }

        /** The previous export's rendered {@code post}, when it is the same object and has the same mark now. */
        public RenderedPost known(Post post, String mark) {
            Entry e = previous.get(post);
            return e != null && e.rendered.mark().equals(mark) ? e.rendered : null;
        }

        /** {@code rp}'s card at {@code index}, made by {@code make} unless known. */
        Card card(int index, RenderedPost rp, Supplier<Card> make) {
            Entry e = entry(index, rp);
            if (e == null) {
                return make.get();
            }
            if (e.card == null) {
                e.card = make.get();
                // An edit that leaves the card as it was (most edits to a body) leaves it the same object, so
                // every listing that shows it is known to be unchanged without looking into it.
                Entry before = index < previousByIndex.length ? previousByIndex[index] : null;
                if (before != null && before.card != null && before.card.equals(e.card)) {
                    e.card = before.card;
                    e.cardKey = before.cardKey;
                }
            }
            return e.card;
        }

        /**
         * What {@code make} works out from {@code shown}, a listing of cards (a page's key, the archive's groups),
         * under a {@code name} that stands for one use: the previous export's result when it worked it out from
         * the same {@code shown} (the same cards, by identity first, and equal other values; see {@link Shown}).
         * The previous export worked in the same context, so its result holds.
         */
        @SuppressWarnings("unchecked")
        <T> T fromListing(String name, Object shown, Supplier<T> make) {
            if (memo == null) {
                return make.get();
            }
            FromListing before = previousListings.get(name);
            T value = before != null && Shown.same(before.shown(), shown) ? (T) before.value() : make.get();
            listings.put(name, new FromListing(shown, value));
            return value;
        }

        /** The fingerprint of {@code card}, the card of the post at {@code index}. */
        String cardKey(int index, Card card, Supplier<String> make) {
            Entry e = index < current.length ? current[index] : null;
            if (e == null || e.card != card) {
                return make.get();
            }
            if (e.cardKey == null) {
                e.cardKey = make.get();
            }
            return e.cardKey;
        }

        /** The fingerprints of the page of {@code rp} between {@code previousPost} and {@code nextPost}. */
        PageKey pageKey(int index, RenderedPost rp, Post previousPost, Post nextPost, Supplier<PageKey> make) {
            Entry e = entry(index, rp);
            if (e == null) {
                return make.get();
            }
            if (e.pageKey == null || e.previous != previousPost || e.next != nextPost) {
                e.pageKey = make.get();
                e.previous = previousPost;
                e.next = nextPost;
            }
            return e.pageKey;
        }

        /** Keeps this export's entries for the next one; called once the bundle is committed. */
        public void finish() {
            if (memo != null) {
                memo.finish(this);
            }
        }

        private Entry entry(int index, RenderedPost rp) {
            if (index < 0 || index >= current.length) {
                return null;
            }
            Entry e = current[index];
            if (e == null || e.rendered != rp) {
                Entry known = previous.get(rp.post());
                e = known != null && known.rendered == rp ? known.carriedOver() : new Entry(rp);
                current[index] = e;
            }
            return e;
        }
    }
}
