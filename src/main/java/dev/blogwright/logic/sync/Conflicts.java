package dev.blogwright.logic.sync;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.post.RevisionKeeper;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.model.Post;
import java.util.List;

/**
 * Settling a post's sync conflict: keep this computer's version, take the other one, or save a combination. Each
 * saves with a revision (so the version not chosen stays in the history) and clears the flag; the next sync tells
 * the other computers.
 */
public final class Conflicts {
    private final SyncedLibrary lib;

    public Conflicts(SyncedLibrary lib) {
        this.lib = lib;
    }

    /** Every open conflict version, oldest first. */
    public List<ConflictVersion> open() {
        return lib.sync().conflicts();
    }

    public List<ConflictVersion> of(long postId) {
        return lib.sync().conflicts(postId);
    }

    /** The post as the library has it now. */
    public Post current(ConflictVersion c) {
        return lib.posts().find(c.postId())
                .orElseThrow(() -> new LibraryException("The post of this conflict no longer exists."));
    }

    /** The other side's version, as a post (title, body and the fields its file had). */
    public Post other(ConflictVersion c) {
        return PostFields.fromFile(c.parsed(), current(c).slug());
    }

    public void keepMine(ConflictVersion c) {
        lib.tx().run(() -> lib.sync().resolve(c.revisionId()));
    }

    public void takeTheirs(ConflictVersion c) {
        Post other = other(c);
        combine(c, other.title(), other.body());
    }

    /** Saves {@code title} and {@code body} (a combination made by hand) and clears the flag. */
    public void combine(ConflictVersion c, String title, String body) {
        lib.tx().run(() -> {
            // This computer's version goes into the history first, so choosing the other one loses nothing.
            Post mine = current(c);
            long kept = lib.sync().addConflict(mine.id(), mine.title(), mine.body(), RevisionKeeper.metadata(mine),
                    "");
            lib.sync().resolve(kept);
            lib.posts().update(c.postId(), p -> p.toBuilder().title(title).body(body).build(), true);
            lib.sync().resolve(c.revisionId());
        });
    }
}
