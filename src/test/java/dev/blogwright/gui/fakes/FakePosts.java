package dev.blogwright.gui.fakes;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.post.PageTree;
import dev.blogwright.logic.post.PostEditing;
import dev.blogwright.logic.post.PostListing;
import dev.blogwright.logic.post.PostOrganizing;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Posts in a map, for view-model tests without a database. It keeps what a test asserts on (the posts, the calls
 * made) and none of the library's rules: slugs are taken as given, lists are in manual order without search.
 */
public final class FakePosts implements PostEditing, PostListing, PostOrganizing {
    private final Map<Long, Post> posts = new LinkedHashMap<>();
    private final Instant now;
    private long nextId = 1;
    /** What was asked of the fake, one line per call ("autosave 1", "trash [1, 2]" …), in order. */
    public final List<String> calls = new ArrayList<>();
    /** While set, every write fails as a full disk would. */
    public boolean failWrites;

    public FakePosts(Instant now) {
        this.now = now;
    }

    /** Stores a post as the library holds it: with an id, a position at the bottom and times. */
    public Post add(Post.Builder draft) {
        long id = nextId++;
        Post given = draft.build();
        String slug = given.slug() == null || given.slug().isBlank()
                ? given.title().toLowerCase(Locale.ROOT).replace(' ', '-') : given.slug();
        Post post = given.toBuilder().id(id).slug(slug).position(id).createdAt(now).updatedAt(now).build();
        posts.put(id, post);
        return post;
    }

    public Post get(long id) {
        return posts.get(id);
    }

    private void writing(String call) {
        calls.add(call);
        if (failWrites) {
            throw new LibraryException("The disk is full.");
        }
    }

    private Post stored(long id) {
        Post p = posts.get(id);
        if (p == null) {
            throw new LibraryException("The post no longer exists.");
        }
        return p;
    }

    @Override
    public Optional<Post> find(long id) {
        return Optional.ofNullable(posts.get(id));
    }

    @Override
    public void autosave(long id, String newTitle, String body) {
        writing("autosave " + id);
        Post p = stored(id);
        posts.put(id, p.toBuilder().title(newTitle == null ? p.title() : newTitle).body(body).updatedAt(now).build());
    }

    @Override
    public Post saveEdit(long id, UnaryOperator<Post> edit, boolean explicit, boolean slugFollowsTitle) {
        writing("saveEdit " + id + (slugFollowsTitle ? " following" : ""));
        Post saved = edit.apply(stored(id)).toBuilder().updatedAt(now).build();
        posts.put(id, saved);
        return saved;
    }

    @Override
    public Post save(Post post, boolean explicit) {
        writing("save " + post.id());
        stored(post.id());
        posts.put(post.id(), post);
        return post;
    }

    @Override
    public boolean slugTaken(String slug, long exceptId) {
        return posts.values().stream().anyMatch(p -> p.id() != exceptId && p.slug().equals(slug));
    }

    @Override
    public List<PostSummary> list(PostQuery query) {
        return selected(query).stream().skip(query.offset()).limit(query.limit()).map(FakePosts::summary).toList();
    }

    @Override
    public int count(PostQuery query) {
        return selected(query).size();
    }

    private List<Post> selected(PostQuery query) {
        return posts.values().stream().filter(p -> p.trashed() == query.trashed())
                .filter(p -> query.status() == null || p.status() == query.status())
                .filter(p -> query.featured() == null || p.featured() == query.featured())
                .filter(p -> query.kind() == null || p.kind() == query.kind())
                .sorted(Comparator.comparingDouble(Post::position)).toList();
    }

    private static PostSummary summary(Post p) {
        return new PostSummary(p.id(), p.slug(), p.title(), p.icon(), p.categoryId(), null, p.status(), p.featured(),
                p.trashed(), p.publishedAt(), p.updatedAt(), p.body().isBlank() ? 0 : p.body().split("\\s+").length,
                p.position());
    }

    @Override
    public Post create(Post draft) {
        writing("create");
        return add(draft.toBuilder());
    }

    @Override
    public List<Post> duplicate(Collection<Long> ids) {
        writing("duplicate " + ids);
        return ids.stream().map(id -> add(stored(id).toBuilder().slug(stored(id).slug() + "-copy"))).toList();
    }

    @Override
    public Map<Long, List<String>> tagNames(Collection<Long> ids) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, stored(id).tags()));
        return out;
    }

    @Override
    public PageTree pageTree() {
        return PageTree.of(posts.values());
    }

    @Override
    public void move(long id, Long aboveId, Long belowId) {
        writing("move " + id);
    }

    @Override
    public void setPosition(long id, double position) {
        writing("setPosition " + id);
        posts.put(id, stored(id).toBuilder().position(position).build());
    }

    @Override
    public void trash(Collection<Long> ids) {
        writing("trash " + ids);
        ids.forEach(id -> posts.put(id, stored(id).toBuilder().trashed(true).build()));
    }

    @Override
    public void restore(Collection<Long> ids) {
        writing("restore " + ids);
        ids.forEach(id -> posts.put(id, stored(id).toBuilder().trashed(false).build()));
    }

    @Override
    public int deleteForever(Collection<Long> ids) {
        writing("deleteForever " + ids);
        ids.forEach(posts::remove);
        return ids.size();
    }

    @Override
    public int emptyTrash() {
        List<Long> trashed = posts.values().stream().filter(Post::trashed).map(Post::id).toList();
        return deleteForever(trashed);
    }

    @Override
    public void setStatus(Collection<Long> ids, PostStatus status) {
        writing("setStatus " + ids + " " + status);
        ids.forEach(id -> posts.put(id, stored(id).toBuilder().status(status).build()));
    }

    @Override
    public void setFeatured(Collection<Long> ids, boolean featured) {
        writing("setFeatured " + ids + " " + featured);
        ids.forEach(id -> posts.put(id, stored(id).toBuilder().featured(featured).build()));
    }

    @Override
    public void setCategory(Collection<Long> ids, Long categoryId) {
        writing("setCategory " + ids + " " + categoryId);
        ids.forEach(id -> posts.put(id, stored(id).toBuilder().categoryId(categoryId).build()));
    }

    @Override
    public void addTag(Collection<Long> ids, String tagName) {
        writing("addTag " + ids + " " + tagName);
    }

    @Override
    public void removeTag(Collection<Long> ids, String tagName) {
        writing("removeTag " + ids + " " + tagName);
    }
}
