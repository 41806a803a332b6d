package dev.blogwright.gui.sync;

import dev.blogwright.logic.Transactions;
import dev.blogwright.logic.post.PageTree;
import dev.blogwright.logic.post.PostEditing;
import dev.blogwright.logic.sync.TextMerge;
import dev.blogwright.model.Post;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The editor's door to the library once a sync has changed the open post under text typed meanwhile. Until the
 * editor has caught up, its saves are merged three-way (the text it started from, what it has, what the library
 * has now) so the other computer's edit is never written over, and a re-read shows it the text it started from,
 * so a refresh never swaps the text under the writer. Where both changed the same lines, the writer's text is
 * stored and the library's version is kept as a conflict: nothing is lost. Saves run on the writer thread.
 * <p>
 * A sync runs beside the saves (its network parts must not hold them up), so a save also finds out by itself that
 * the library changed under the editor: it remembers the text it last stored or read of each post, and reads and
 * writes in one transaction, so a sync's import lands either before the read or after the write, never between.
 * Lock order: the library's transaction first, then this object's monitor.
 */
public final class OpenPostMerge implements PostEditing {
    /** Hears about saves (on the writer thread). */
    public interface Listener {
        /** A save changed what the library holds (for "sync after saving"). */
        void saved();

        /** A save merged the other side's edit in: the editor may catch up now. */
        void merged(long postId);

        /** The writer's text and the other side's changed the same lines: {@code other} is to be kept aside. */
        void conflict(Post other);
    }

    /** How many posts' last stored texts are remembered (the open one and a few left behind). */
    private static final int REMEMBERED = 8;

    private final PostEditing posts;
    private final Transactions tx;
    private volatile Listener listener = new Listener() {
        @Override
        public void saved() {
        }

        @Override
        public void merged(long postId) {
        }

        @Override
        public void conflict(Post other) {
        }
    };
    private long postId = -1;
    /** The text the editor's text grew from, which the library no longer holds; null when the two agree. */
    private String base;
    /** The text the library held, as far as the editor knows, of each post it read or saved lately. */
    private final Map<Long, String> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** A sync runs: a read does not move what the editor is known to have stored (see {@link #find}). */
    private volatile boolean syncing;

    /** Saves whose read and write are one transaction of {@code tx} (the library's). */
    public OpenPostMerge(PostEditing posts, Transactions tx) {
        this.posts = posts;
        this.tx = tx;
    }

    /** Without a sync beside the saves (tests of the merging alone). */
    OpenPostMerge(PostEditing posts) {
        this(posts, Supplier::get);
    }

    void setListener(Listener listener) {
        this.listener = listener;
    }

    /** A sync changed the post the editor has open, whose text grew from {@code before}. */
    synchronized void diverged(long id, String before) {
        if (postId != id || base == null) {
            postId = id;
            base = before;
        }
    }

    /** The library's text when the editor has nothing unsaved ({@code editorText} is what it last stored). */
    Optional<String> catchUpText(long id, String editorText) {
        return tx.inTransaction(() -> {
            synchronized (this) {
                if (postId != id || base == null || !base.equals(editorText)) {
                    return Optional.<String>empty();
                }
                Optional<String> body = posts.find(id).map(Post::body);
                body.ifPresent(b -> known.put(id, b));
                return body;
            }
        });
    }

    /** A sync starts; {@link #synced} ends it. */
    void syncing() {
        syncing = true;
    }

    /**
     * After a sync (also a failed one): when the library's text of post {@code id} is no longer the one the editor
     * last stored or read, the sync changed it; the editor's saves merge from that text until it catches up.
     */
    void synced(Long id) {
        syncing = false;
        if (id == null) {
            return;
        }
        tx.run(() -> {
            String now = posts.find(id).map(Post::body).orElse(null);
            synchronized (this) {
                String last = known.get(id);
                if (now != null && last != null && !now.equals(last)) {
                    diverged(id, last);
                }
            }
        });
    }

    /** The editor shows the library's text now (or another post): its saves need no merging any more. */
    synchronized void caughtUp(long id) {
        if (postId == id) {
            base = null;
        }
    }

    synchronized boolean diverged(long id) {
        return postId == id && base != null;
    }

    @Override
    public Optional<Post> find(long id) {
        return tx.inTransaction(() -> {
            Optional<Post> found = posts.find(id);
            synchronized (this) {
                if (postId == id && base != null) {
                    String shown = base;
                    return found.map(p -> p.toBuilder().body(shown).build());
                }
                // During a sync a read may come after its import, while the editor keeps unsaved text grown from
                // what it stored before (a refresh never swaps typed text): that stays the text to merge from.
                if (!syncing || !known.containsKey(id)) {
                    found.ifPresent(p -> known.put(id, p.body()));
                }
            }
            return found;
        });
    }

    @Override
    public void autosave(long id, String newTitle, String body) {
        Rebased[] seen = new Rebased[1];
        boolean[] changed = new boolean[1];
        tx.run(() -> {
            Optional<Post> stored = posts.find(id);
            Rebased r = stored.map(p -> rebase(id, p, body)).orElse(new Rebased(body, null, false, null));
            posts.autosave(id, newTitle, r.body());
            remember(id, r.body());
            seen[0] = r;
            changed[0] = stored.map(p -> !p.body().equals(r.body())
                    || newTitle != null && !newTitle.equals(p.title())).orElse(true);
        });
        after(id, seen[0], changed[0]);
    }

    @Override
    public Post saveEdit(long id, UnaryOperator<Post> edit, boolean explicit, boolean slugFollowsTitle) {
        Rebased[] seen = new Rebased[1];
        Post saved = posts.saveEdit(id, stored -> {
            Post edited = edit.apply(stored);
            Rebased r = rebase(id, stored, edited.body());
            seen[0] = r;
            return r.body().equals(edited.body()) ? edited : edited.toBuilder().body(r.body()).build();
        }, explicit, slugFollowsTitle);
        remember(id, saved.body());
        after(id, seen[0], true);
        return saved;
    }

    /** A whole post stored as it is (a restored revision): it replaces the text, and the editor reloads it. */
    @Override
    public Post save(Post post, boolean explicit) {
        Post saved = posts.save(post, explicit);
        caughtUp(post.id());
        remember(saved.id(), saved.body());
        listener.saved();
        return saved;
    }

    @Override
    public boolean slugTaken(String slug, long exceptId) {
        return posts.slugTaken(slug, exceptId);
    }

    @Override
    public PageTree pageTree() {
        return posts.pageTree();
    }

    /** The library holds {@code body} of post {@code id} now, as the editor stored it. */
    private synchronized void remember(long id, String body) {
        known.put(id, body);
    }

    /** What to store of the editor's {@code text}, given the post as stored now. */
    private synchronized Rebased rebase(long id, Post stored, String text) {
        String last = known.get(id);
        if ((postId != id || base == null) && last != null && !last.equals(stored.body())
                && !text.equals(stored.body())) {
            // The library changed since the editor last stored or read it (a sync's import): merge from there.
            postId = id;
            base = last;
        }
        if (postId != id || base == null || text.equals(stored.body())) {
            return new Rebased(text, null, false, null);
        }
        Optional<String> merged = TextMerge.merge(base, text, stored.body());
        // After a merge the editor's next text grows from this one, while the library holds it merged.
        return merged.map(m -> new Rebased(m, null, true, text)).orElseGet(() -> new Rebased(text, stored, false,
                null));
    }

    /** Only a write that was stored moves the base: a failed one is retried from the same place. */
    private void after(long id, Rebased r, boolean changed) {
        if (r == null) {
            return;
        }
        synchronized (this) {
            if (postId == id && base != null && (r.merged() || r.conflict() != null)) {
                base = r.nextBase();
            }
        }
        if (r.conflict() != null) {
            listener.conflict(r.conflict());
        }
        if (changed) {
            listener.saved();
        }
        if (r.merged()) {
            listener.merged(id);
        }
    }

    /** The text to store, the library's version to keep as a conflict (or null), whether a merge happened. */
    private record Rebased(String body, Post conflict, boolean merged, String nextBase) {
    }
}
