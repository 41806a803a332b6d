package dev.blogwright.gui.postlist;

import dev.blogwright.gui.common.UndoStack.Command;
import dev.blogwright.logic.post.PostListing;
import dev.blogwright.logic.post.PostOrganizing;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bulk actions of the post list as undoable commands. Each method does the change now (call it off the FX
 * thread) and returns a command whose undo puts back what the rows showed before: the previous category, status,
 * flag or position of every post, taken from the summaries already in memory, so undo needs no extra queries.
 */
final class PostCommands {
    private final PostListing posts;
    private final PostOrganizing organizer;

    PostCommands(PostListing posts, PostOrganizing organizer) {
        this.posts = posts;
        this.organizer = organizer;
    }

    private PostOrganizing organizer() {
        return organizer;
    }

    Command setCategory(List<PostSummary> rows, Long categoryId, String categoryName) {
        List<Long> ids = ids(rows);
        Runnable redo = () -> organizer().setCategory(ids, categoryId);
        redo.run();
        Map<Long, List<Long>> before = groupIds(rows, PostSummary::categoryId);
        return new Command("Set category " + (categoryName == null ? "(none)" : categoryName),
                () -> before.forEach((previous, group) -> organizer().setCategory(group, previous)), redo);
    }

    Command setStatus(List<PostSummary> rows, PostStatus status) {
        List<Long> ids = ids(rows);
        Runnable redo = () -> organizer().setStatus(ids, status);
        redo.run();
        Map<PostStatus, List<Long>> before = groupIds(rows, PostSummary::status);
        return new Command(status == PostStatus.PUBLISHED ? "Publish" : "Unpublish",
                () -> before.forEach((previous, group) -> organizer().setStatus(group, previous)), redo);
    }

    Command setFeatured(List<PostSummary> rows, boolean featured) {
        List<Long> ids = ids(rows);
        Runnable redo = () -> organizer().setFeatured(ids, featured);
        redo.run();
        Map<Boolean, List<Long>> before = groupIds(rows, PostSummary::featured);
        return new Command(featured ? "Feature" : "Unfeature",
                () -> before.forEach((previous, group) -> organizer().setFeatured(group, previous)), redo);
    }

    /** Only posts that lacked the tag lose it again on undo. */
    Command addTag(List<PostSummary> rows, String tag) {
        List<Long> lacking = withTag(rows, tag, false);
        Runnable redo = () -> organizer().addTag(lacking, tag);
        redo.run();
        return new Command("Add tag " + tag, () -> organizer().removeTag(lacking, tag), redo);
    }

    /** Only posts that had the tag get it back on undo. */
    Command removeTag(List<PostSummary> rows, String tag) {
        List<Long> having = withTag(rows, tag, true);
        Runnable redo = () -> organizer().removeTag(having, tag);
        redo.run();
        return new Command("Remove tag " + tag, () -> organizer().addTag(having, tag), redo);
    }

    Command trash(List<PostSummary> rows) {
        List<Long> ids = ids(rows);
        Runnable redo = () -> organizer().trash(ids);
        redo.run();
        return new Command("Move to trash", () -> organizer().restore(ids), redo);
    }

    Command restore(List<PostSummary> rows) {
        List<Long> ids = ids(rows);
        Runnable redo = () -> organizer().restore(ids);
        redo.run();
        return new Command("Restore", () -> organizer().trash(ids), redo);
    }

    /** Undoing a duplicate moves the copies to the trash (and redo brings them back), so nothing is lost. */
    DuplicateResult duplicate(List<PostSummary> rows) {
        List<Long> copies = posts.duplicate(ids(rows)).stream().map(Post::id).toList();
        return new DuplicateResult(copies, new Command("Duplicate", () -> organizer().trash(copies),
                () -> organizer().restore(copies)));
    }

    record DuplicateResult(List<Long> copyIds, Command command) {
    }

    /**
     * Places {@code moved} (in this order) right after {@code above}, before {@code below}; both may be null
     * (top or bottom). Undo puts each post back at its old fractional position.
     */
    Command move(List<PostSummary> moved, Long above, Long below) {
        Map<Long, Double> before = new LinkedHashMap<>();
        moved.forEach(r -> before.put(r.id(), r.position()));
        Runnable redo = () -> {
            Long previous = above;
            for (PostSummary row : moved) {
                organizer().move(row.id(), previous, below);
                previous = row.id();
            }
        };
        redo.run();
        return new Command(moved.size() == 1 ? "Move post" : "Move posts",
                () -> before.forEach((id, position) -> organizer().setPosition(id, position)), redo);
    }

    private List<Long> withTag(List<PostSummary> rows, String tag, boolean wanted) {
        Map<Long, List<String>> tags = posts.tagNames(ids(rows));
        return rows.stream().map(PostSummary::id)
                .filter(id -> tags.getOrDefault(id, List.of()).stream().anyMatch(t -> t.equalsIgnoreCase(tag))
                        == wanted)
                .toList();
    }

    static List<Long> ids(Collection<PostSummary> rows) {
        return rows.stream().map(PostSummary::id).toList();
    }

    /** Ids grouped by a field's previous value; LinkedHashMap tolerates the null key of "no category". */
    private static <K> Map<K, List<Long>> groupIds(List<PostSummary> rows, Function<PostSummary, K> key) {
        Map<K, List<Long>> out = new LinkedHashMap<>();
        for (PostSummary row : rows) {
            out.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row.id());
        }
        return out;
    }

}
