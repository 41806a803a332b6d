package dev.blogwright.gui.postlist;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.common.UndoStack;
import dev.blogwright.gui.common.UndoStack.Command;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the toolbar, context menu and shortcuts of the post list do. Every change runs on the writer, lands on
 * the undo stack when it can be undone, and reloads the list. Methods without rows act on the selection.
 */
public final class PostListActions {
    private final PostListViewModel list;
    private final PostCommands commands;
    private final UiExecutor exec;
    private final DialogService dialogs;
    private final UndoStack undo;
    private Consumer<Collection<Long>> onRemoved = ids -> { };
    /** The posts an undo selects again (a trash), by command. */
    private final Map<Command, List<Long>> reselect = Collections.synchronizedMap(new WeakHashMap<>());
    private Runnable onChanged = () -> { };
    private BiConsumer<List<Long>, List<PostSummary>> onDuplicated = (copies, rows) -> { };

    PostListActions(PostListViewModel list, PostCommands commands, UiExecutor exec, DialogService dialogs,
                    UndoStack undo) {
        this.list = list;
        this.commands = commands;
        this.exec = exec;
        this.dialogs = dialogs;
        this.undo = undo;
    }

    /** Told which posts left the visible library (trash, delete), so the editor can let go of them. */
    public void setOnRemoved(Consumer<Collection<Long>> listener) {
        this.onRemoved = listener;
    }

    /** Told after an action changed posts, so the open editor can show what is stored now. */
    public void setOnChanged(Runnable listener) {
        this.onChanged = listener;
    }

    /**
     * An "Untitled" draft at the top of the manual order, selected once the list has it; a page when the list
     * shows pages.
     */
    public void newPost() {
        newPost(post -> { });
    }

    /** As {@link #newPost()}, then hands the new post to {@code made} (the shell puts the caret in its title). */
    public void newPost(Consumer<Post> made) {
        PostKind kind = list.kindProperty().get();
        exec.write(() -> list.services().posts().create(Post.draft("Untitled", "").kind(kind).build()), post -> {
            list.reload(List.of(post.id()));
            made.accept(post);
        }, this::fail);
    }

    public void setCategory(List<PostSummary> rows, Category category) {
        perform(rows, () -> commands.setCategory(rows, category == null ? null : category.id(),
                category == null ? null : category.name()));
    }

    /** Asks for a name, creates the category if new, and sets it on the rows. */
    public void setNewCategory(List<PostSummary> rows) {
        if (rows.isEmpty()) {
            return;
        }
        dialogs.ask("New category", "Category name:", "").ifPresent(name -> perform(rows, () -> {
            Category c = list.services().taxonomy().categoryNamed(name);
            return commands.setCategory(rows, c.id(), c.name());
        }));
    }

    public void addTag(List<PostSummary> rows) {
        if (!rows.isEmpty()) {
            dialogs.ask("Add tag", "Tag to add to " + rows.size() + " post(s):", "")
                    .ifPresent(tag -> addTag(rows, tag));
        }
    }

    public void addTag(List<PostSummary> rows, String tag) {
        perform(rows, () -> commands.addTag(rows, tag));
    }

    public void removeTag(List<PostSummary> rows) {
        if (!rows.isEmpty()) {
            dialogs.ask("Remove tag", "Tag to remove from " + rows.size() + " post(s):", "")
                    .ifPresent(tag -> removeTag(rows, tag));
        }
    }

    public void removeTag(List<PostSummary> rows, String tag) {
        perform(rows, () -> commands.removeTag(rows, tag));
    }

    public void setStatus(List<PostSummary> rows, PostStatus status) {
        perform(rows, () -> commands.setStatus(rows, status));
    }

    public void setFeatured(List<PostSummary> rows, boolean featured) {
        perform(rows, () -> commands.setFeatured(rows, featured));
    }

    public void trash(List<PostSummary> rows) {
        List<Long> ids = PostCommands.ids(rows);
        perform(rows, () -> {
            Command command = commands.trash(rows);
            // Undoing a trash selects the posts again, so the open one comes back into the editor.
            reselect.put(command, ids);
            return command;
        });
        onRemoved.accept(PostCommands.ids(rows));
    }

    public void restore(List<PostSummary> rows) {
        perform(rows, () -> commands.restore(rows));
    }

    /** Duplicates the rows; the copies' ids and the rows go to the listener of {@link #setOnDuplicated}. */
    public void duplicate(List<PostSummary> rows) {
        duplicate(rows, ids -> onDuplicated.accept(ids, rows));
    }

    /** Told of each duplication from the menus and the context menu (the shell says which post is the copy). */
    public void setOnDuplicated(BiConsumer<List<Long>, List<PostSummary>> listener) {
        this.onDuplicated = listener;
    }

    /** As {@link #duplicate(List)}, then hands the copies' ids to {@code made} (the shell shows the copy's title). */
    public void duplicate(List<PostSummary> rows, Consumer<List<Long>> made) {
        if (rows.isEmpty()) {
            return;
        }
        exec.write(() -> commands.duplicate(rows), result -> {
            undo.push(result.command());
            list.reload(result.copyIds());
            made.accept(result.copyIds());
        }, this::fail);
    }

    /** Deletes trashed posts for good after asking; this cannot be undone, so the history is cleared. */
    public void deleteForever(List<PostSummary> rows) {
        List<Long> ids = rows.stream().filter(PostSummary::trashed).map(PostSummary::id).toList();
        if (ids.isEmpty() || !dialogs.confirm("Delete forever",
                "Delete " + ids.size() + " post(s) for good? This cannot be undone.")) {
            return;
        }
        exec.write(() -> list.services().organizer().deleteForever(ids), n -> afterPermanentDelete(ids), this::fail);
    }

    public void emptyTrash() {
        int n = list.counts().getOrDefault(StatusFilter.TRASH, 0);
        if (n == 0 || !dialogs.confirm("Empty trash", "Delete the " + n + " post(s) in the trash for good?"
                + " This cannot be undone.")) {
            return;
        }
        exec.write(() -> list.services().organizer().emptyTrash(), deleted -> afterPermanentDelete(List.of()),
                this::fail);
    }

    private void afterPermanentDelete(List<Long> ids) {
        undo.clear();
        onRemoved.accept(ids);
        list.reload();
    }

    /** Alt+Up / Alt+Down: moves the selected posts one row up or down in the manual order. */
    public void moveBy(List<PostSummary> rows, int delta) {
        List<PostSummary> visible = list.rows();
        if (rows.isEmpty() || !list.reorderableProperty().get()) {
            return;
        }
        Set<Long> moving = rows.stream().map(PostSummary::id).collect(Collectors.toSet());
        int first = indexOf(visible, rows.get(0).id());
        int last = indexOf(visible, rows.get(rows.size() - 1).id());
        int target = delta < 0 ? Math.min(first, last) + delta : Math.max(first, last) + 1 + delta;
        if (target < 0 || target > visible.size() || (delta < 0 && Math.min(first, last) == 0)
                || (delta > 0 && Math.max(first, last) == visible.size() - 1)) {
            return;
        }
        moveTo(rows, target, moving);
    }

    /** Drag and drop: puts the rows before the row now at {@code targetIndex} (the size puts them last). */
    public void moveTo(List<PostSummary> rows, int targetIndex) {
        moveTo(rows, targetIndex, rows.stream().map(PostSummary::id).collect(Collectors.toSet()));
    }

    private void moveTo(List<PostSummary> rows, int targetIndex, Set<Long> moving) {
        if (rows.isEmpty() || !list.reorderableProperty().get()) {
            return;
        }
        List<PostSummary> visible = list.rows();
        List<PostSummary> ordered = visible.stream().filter(r -> moving.contains(r.id())).toList();
        List<PostSummary> rest = new ArrayList<>();
        int insertAt = 0;
        for (int i = 0; i < visible.size(); i++) {
            if (i == targetIndex) {
                insertAt = rest.size();
            }
            if (!moving.contains(visible.get(i).id())) {
                rest.add(visible.get(i));
            }
        }
        if (targetIndex >= visible.size()) {
            insertAt = rest.size();
        }
        Long above = insertAt == 0 ? null : rest.get(insertAt - 1).id();
        Long below = insertAt >= rest.size() ? null : rest.get(insertAt).id();
        List<Long> keep = PostCommands.ids(ordered);
        exec.write(() -> commands.move(ordered, above, below), command -> {
            undo.push(command);
            list.reload(keep);
        }, this::fail);
    }

    public void undo() {
        Command c = undo.takeUndo();
        if (c != null) {
            exec.write(() -> { c.undo().run(); return c; }, done -> changed(reselect.get(c)), this::fail);
        }
    }

    public void redo() {
        Command c = undo.takeRedo();
        if (c != null) {
            exec.write(() -> { c.redo().run(); return c; }, done -> changed(null), this::fail);
        }
    }

    private void perform(List<PostSummary> rows, Supplier<Command> change) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> keep = PostCommands.ids(rows);
        exec.write(change, command -> {
            undo.push(command);
            changed(keep);
        }, this::fail);
    }

    /** Reloads the list (selecting {@code keep}, or keeping the selection when null) and tells the editor. */
    private void changed(List<Long> keep) {
        if (keep == null) {
            list.reload();
        } else {
            list.reload(keep);
        }
        onChanged.run();
    }

    private void fail(Throwable error) {
        dialogs.showError(error.getMessage() == null ? "The change could not be made." : error.getMessage(), error);
        list.reload();
    }

    private static int indexOf(List<PostSummary> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
