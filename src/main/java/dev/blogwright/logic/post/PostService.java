package dev.blogwright.logic.post;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.Transactions;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.taxonomy.TaxonomyService;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Creating, saving and finding posts; the rules (slugs, statuses, positions) live here, the SQL in the store. */
public final class PostService implements PostEditing, PostListing {
    private final PostRepository posts;
    private final TaxonomyService taxonomy;
    private final RevisionKeeper revisions;
    private final Transactions tx;
    private final Clock clock;

    public PostService(PostRepository posts, TaxonomyService taxonomy, RevisionKeeper revisions, Transactions tx,
                       Clock clock) {
        this.posts = posts;
        this.taxonomy = taxonomy;
        this.revisions = revisions;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Stores a new post. The slug comes from the requested one or the title and is made unique; a post without
     * a position goes to the top of the manual order, where a writer expects a new post.
     */
    public Post create(Post draft) {
        return insert(draft.toBuilder().id(0).build(), PostText.wordCount(draft.body()));
    }

    /** As {@link #create(Post)} with the body's word count already known (computed in parallel by an import). */
    public Post create(Post draft, int words) {
        return insert(draft.toBuilder().id(0).build(), words);
    }

    /**
     * Stores many new posts at once, as {@link #create(Post, int)} would one after the other (same slugs,
     * positions and ids), in a few statements instead of a dozen per post; for an import. {@code words} holds
     * each body's word count at the same index. The returned posts carry their id and slug; their tags are
     * as given, not re-read.
     */
    public List<Post> createAll(List<Post> drafts, int[] words) {
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            Set<String> slugs = new HashSet<>();
            double[] top = {posts.positionRange().map(r -> r[0]).orElse(Double.NaN)};
            Set<String> tags = new LinkedHashSet<>();
            List<Post> ready = new ArrayList<>(drafts.size());
            for (Post draft : drafts) {
                String base = draft.slug() == null || draft.slug().isBlank()
                        ? Slugs.slugify(draft.title()) : Slugs.fromRequested(draft.slug());
                String slug = Slugs.unique(base,
                        PageRules.taken(draft, s -> slugs.contains(s) || posts.slugTaken(s, 0)));
                slugs.add(slug);
                double position = draft.position() != 0 ? draft.position()
                        : Double.isNaN(top[0]) ? 1.0 : Math.floor(top[0]) - 1;
                top[0] = Double.isNaN(top[0]) ? position : Math.min(top[0], position);
                ready.add(normaliseStatus(PageRules.normalise(draft).toBuilder().id(0)
                        .slug(slug)
                        .position(position)
                        .createdAt(draft.createdAt() == null ? now : draft.createdAt())
                        .updatedAt(draft.updatedAt() == null ? now : draft.updatedAt())
                        .build(), now));
                tags.addAll(draft.tags());
            }
            // Tags are created in the order the posts first name them, as one create after the other would.
            taxonomy.ensureTags(tags);
            List<Long> ids = posts.insertAll(ready, words);
            List<Post> stored = new ArrayList<>(ready.size());
            for (int i = 0; i < ready.size(); i++) {
                stored.add(ready.get(i).toBuilder().id(ids.get(i)).build());
            }
            return stored;
        });
    }

    /**
     * Puts back a post exactly as exported, id, slug, position and times included; used to restore a JSON
     * export into an empty library, so a second export is byte for byte the first.
     */
    public Post restore(Post exported) {
        if (!Slugs.isValid(exported.slug()) || posts.slugTaken(exported.slug(), 0)) {
            throw new LibraryException("Cannot restore the post '" + exported.slug() + "': its slug is invalid or taken.");
        }
        PageRules.checkSlug(exported);
        return tx.inTransaction(() -> {
            taxonomy.ensureTags(exported.tags());
            long id = posts.insert(exported, PostText.wordCount(exported.body()));
            return posts.find(id).orElseThrow();
        });
    }

    /**
     * Writes every field of an existing post exactly as given, times included, without a revision: the library
     * taking a post from its text form (sync, Markdown import), where the files say what the post is.
     */
    public Post replace(Post stored) {
        return tx.inTransaction(() -> {
            taxonomy.ensureTags(stored.tags());
            posts.update(stored, PostText.wordCount(stored.body()));
            return posts.find(stored.id()).orElseThrow();
        });
    }

    private Post insert(Post draft, int words) {
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            String base = draft.slug() == null || draft.slug().isBlank()
                    ? Slugs.slugify(draft.title()) : Slugs.fromRequested(draft.slug());
            String slug = Slugs.unique(base, PageRules.taken(draft, s -> posts.slugTaken(s, 0)));
            double position = draft.position() != 0 ? draft.position()
                    : posts.positionRange().map(r -> Math.floor(r[0]) - 1).orElse(1.0);
            Post post = normaliseStatus(PageRules.normalise(draft).toBuilder()
                    .slug(slug)
                    .position(position)
                    .createdAt(draft.createdAt() == null ? now : draft.createdAt())
                    .updatedAt(draft.updatedAt() == null ? now : draft.updatedAt())
                    .build(), now);
            taxonomy.ensureTags(post.tags());
            long id = posts.insert(post, words);
            return posts.find(id).orElseThrow();
        });
    }

    /**
     * Saves every field of an existing post. An explicit save (Ctrl+S) always keeps a revision when the text
     * changed; other saves keep one at most every few minutes.
     */
    public Post save(Post post, boolean explicit) {
        return tx.inTransaction(() -> {
            Post current = posts.find(post.id())
                    .orElseThrow(() -> new LibraryException("The post no longer exists (id " + post.id() + ")."));
            String slug = post.slug() == null || post.slug().isBlank() ? current.slug()
                    : Slugs.fromRequested(post.slug());
            if (!slug.equals(current.slug()) && posts.slugTaken(slug, post.id())) {
                throw new LibraryException("The slug '" + slug + "' is already used by another post.");
            }
            Instant now = clock.instant();
            Post updated = normaliseStatus(PageRules.normalise(post).toBuilder().slug(slug).updatedAt(now)
                    .createdAt(current.createdAt()).build(), now);
            PageRules.checkSlug(updated);
            PageRules.checkParent(updated, posts::find);
            taxonomy.ensureTags(updated.tags());
            posts.update(updated, PostText.wordCount(updated.body()));
            revisions.keep(updated, explicit, now);
            return posts.find(post.id()).orElseThrow();
        });
    }

    /**
     * Saves the stored post as {@code edit} changes it, read and written in one transaction, so changes made
     * meanwhile by someone else (a bulk action, a rename) are kept unless the edit itself replaces them.
     */
    public Post update(long id, UnaryOperator<Post> edit, boolean explicit) {
        return tx.inTransaction(() -> save(edit.apply(posts.find(id)
                .orElseThrow(() -> new LibraryException("The post no longer exists (id " + id + ")."))), explicit));
    }

    /**
     * The editor's save: as {@link #update}, but a slug the writer cannot use yet (blank, invalid, taken by
     * another post) must not refuse the text with it. The stored slug stays; while the slug follows the title,
     * a free one is made from the title instead. The slug follows the title only while {@link SlugPolicy} lets
     * the address change: a published post keeps its slug when its title changes.
     */
    @Override
    public Post saveEdit(long id, UnaryOperator<Post> edit, boolean explicit,
                         boolean slugFollowsTitle) {
        return update(id, stored -> {
            Post edited = edit.apply(stored);
            boolean follows = slugFollowsTitle && SlugPolicy.addressMayChange(stored, clock.instant());
            if (slugFollowsTitle && !follows) {
                // The editor made this slug from the new title, but the post is live: its address stays put.
                edited = edited.toBuilder().slug(stored.slug()).build();
            }
            return edited.toBuilder().slug(usableSlug(edited, stored, follows)).build();
        }, explicit);
    }

    private String usableSlug(Post edited, Post stored, boolean slugFollowsTitle) {
        String slug = edited.slug();
        if (slug == null || slug.isBlank() || !Slugs.isValid(slug) || posts.slugTaken(slug, edited.id())
                || PageRules.slugReserved(edited)) {
            // A post made a page keeps its slug unless the site's own folder has it.
            boolean storedUsable = !PageRules.slugReserved(edited.toBuilder().slug(stored.slug()).build());
            return slugFollowsTitle || !storedUsable ? Slugs.unique(Slugs.slugify(edited.title()),
                    PageRules.taken(edited, s -> posts.slugTaken(s, edited.id()))) : stored.slug();
        }
        return slug;
    }

    /**
     * The autosave path: only title and body (a null title keeps the stored one), cheap enough to run a second
     * after each pause in typing.
     */
    public void autosave(long id, String newTitle, String body) {
        tx.run(() -> {
            Post current = posts.find(id)
                    .orElseThrow(() -> new LibraryException("The post no longer exists (id " + id + ")."));
            String title = newTitle == null ? current.title() : newTitle;
            if (current.title().equals(title) && current.body().equals(body)) {
                return;
            }
            Instant now = clock.instant();
            posts.updateText(id, title, body, PostText.wordCount(body), now);
            revisions.keep(current.toBuilder().title(title).body(body).build(), false, now);
        });
    }

    /** A slug that is free for the post with this id (0 for a new post), derived from the wanted text. */
    public String suggestSlug(String wanted, long exceptId) {
        return Slugs.unique(Slugs.slugify(wanted), s -> posts.slugTaken(s, exceptId));
    }

    public boolean slugTaken(String slug, long exceptId) {
        return posts.slugTaken(slug, exceptId);
    }

    /** Each post's version by id: it grows with any change the post's exports show, except a category rename. */
    public Map<Long, Long> versions() {
        return posts.versions();
    }

    public Optional<Post> find(long id) {
        return posts.find(id);
    }

    public Optional<Post> findBySlug(String slug) {
        return posts.findBySlug(slug);
    }

    public Optional<Post> findBySourcePath(String sourcePath) {
        return posts.findBySourcePath(sourcePath);
    }

    public List<PostSummary> list(PostQuery query) {
        return posts.summaries(query);
    }

    public int count(PostQuery query) {
        return posts.count(query);
    }

    /** Every page, in the trash or not, with its parent: for choosing a page's parent and naming sub-pages. */
    @Override
    public PageTree pageTree() {
        return tx.inTransaction(() -> {
            PostQuery pages = PostQuery.all().withKind(PostKind.PAGE);
            List<Post> all = new ArrayList<>();
            posts.heads(pages).forEach(h -> all.add(h.post()));
            posts.heads(pages.withTrashed(true)).forEach(h -> all.add(h.post()));
            return PageTree.of(all);
        });
    }

    /** Posts with bodies, e.g. for an export. */
    public List<Post> posts(PostQuery query) {
        return posts.posts(query);
    }

    /** How many matches a free-text search returns at most: the best ranked ones. */
    public static final int SEARCH_LIMIT = 200;

    /**
     * What a user typed in a search field, with is:/category:/tag: prefixes. Free text returns the
     * {@value #SEARCH_LIMIT} best-ranked matches; filters alone return every post they select.
     */
    public List<PostSummary> search(String userQuery) {
        PostQuery query = SearchQueryParser.parse(userQuery, PostQuery.all());
        return posts.summaries(query.hasText() ? query.page(SEARCH_LIMIT, 0) : query);
    }

    public Map<Long, List<String>> tagNames(Collection<Long> ids) {
        return posts.tagNames(ids);
    }

    /** Publishes scheduled posts whose time has come; returns how many. */
    public int publishDue() {
        return tx.inTransaction(() -> {
            List<Long> due = posts.dueScheduled(clock.instant());
            if (!due.isEmpty()) {
                posts.setStatus(due, PostStatus.PUBLISHED, clock.instant());
            }
            return due.size();
        });
    }

    /** Copies of the given posts as drafts, each placed just above its original. */
    public List<Post> duplicate(Collection<Long> ids) {
        return tx.inTransaction(() -> {
            List<Post> copies = new ArrayList<>();
            for (long id : ids) {
                posts.find(id).ifPresent(original -> copies.add(create(original.toBuilder()
                        .id(0).slug(original.slug() + "-copy").title(original.title() + " (copy)")
                        .status(PostStatus.DRAFT).publishedAt(null).featured(false).trashed(false)
                        .createdAt(null).updatedAt(null).sourcePath(null)
                        .position(original.position() - 0.5).build())));
            }
            return copies;
        });
    }

    private Post normaliseStatus(Post post, Instant now) {
        Post.Builder b = post.toBuilder();
        if (post.status() == PostStatus.PUBLISHED && post.publishedAt() == null) {
            b.publishedAt(now);
        } else if (post.status() == PostStatus.PUBLISHED && post.publishedAt().isAfter(now)) {
            b.status(PostStatus.SCHEDULED);
        } else if (post.status() == PostStatus.SCHEDULED && post.publishedAt() == null) {
            b.status(PostStatus.DRAFT);
        }
        return b.build();
    }
}
