package dev.blogwright.logic.post;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.Transactions;
import dev.blogwright.logic.taxonomy.TaxonomyService;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.Tag;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** What editors do to many posts at once: reorder, categorize, tag, publish, feature, trash. */
public final class PostOrganizer implements PostOrganizing {
    /** Below this gap between neighbours a midpoint loses precision, so positions are spread out again. */
    private static final double MIN_GAP = 1e-9;

    private final PostRepository posts;
    private final TaxonomyService taxonomy;
    private final Transactions tx;
    private final Clock clock;

    public PostOrganizer(PostRepository posts, TaxonomyService taxonomy, Transactions tx, Clock clock) {
        this.posts = posts;
        this.taxonomy = taxonomy;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Puts a post between two neighbours of the manual order ({@code aboveId} null = top, {@code belowId} null =
     * bottom). Positions are fractional, so a move writes one row; only when a gap is exhausted are all posts
     * renumbered, once.
     */
    public void move(long id, Long aboveId, Long belowId) {
        tx.run(() -> {
            double position = between(aboveId, belowId);
            if (Double.isNaN(position)) {
                posts.renumberPositions();
                position = between(aboveId, belowId);
            }
            posts.setPosition(id, position);
        });
    }

    /** Sets a post's position directly; used to undo a move. */
    public void setPosition(long id, double position) {
        tx.run(() -> posts.setPosition(id, position));
    }

    private double between(Long aboveId, Long belowId) {
        Double above = aboveId == null ? null : positionOf(aboveId);
        Double below = belowId == null ? null : positionOf(belowId);
        if (above == null && below == null) {
            return 1;
        }
        if (above == null) {
            return below - 1;
        }
        if (below == null) {
            return above + 1;
        }
        if (Math.abs(below - above) < MIN_GAP) {
            return Double.NaN;
        }
        return (above + below) / 2;
    }

    private double positionOf(long id) {
        return posts.position(id).orElseThrow(() -> new LibraryException("A post to move next to is gone."));
    }

    public void trash(Collection<Long> ids) {
        tx.run(() -> posts.setTrashed(ids, true, clock.instant()));
    }

    public void restore(Collection<Long> ids) {
        tx.run(() -> posts.setTrashed(ids, false, clock.instant()));
    }

    /** Deletes posts for good, with their revisions; only posts already in the trash are touched. */
    public int deleteForever(Collection<Long> ids) {
        return tx.inTransaction(() -> {
            List<Long> trashed = posts.summaries(PostQuery.all().withTrashed(true)).stream()
                    .map(s -> s.id()).filter(ids::contains).toList();
            posts.delete(trashed);
            taxonomy.deleteUnusedTags();
            return trashed.size();
        });
    }

    public int emptyTrash() {
        return tx.inTransaction(() -> {
            List<Long> trashed = posts.summaries(PostQuery.all().withTrashed(true)).stream()
                    .map(s -> s.id()).toList();
            posts.delete(trashed);
            taxonomy.deleteUnusedTags();
            return trashed.size();
        });
    }

    public void setStatus(Collection<Long> ids, PostStatus status) {
        tx.run(() -> posts.setStatus(ids, status, clock.instant()));
    }

    public void setFeatured(Collection<Long> ids, boolean featured) {
        tx.run(() -> posts.setFeatured(ids, featured, clock.instant()));
    }

    /** {@code categoryId} null clears the category. */
    public void setCategory(Collection<Long> ids, Long categoryId) {
        tx.run(() -> posts.setCategory(ids, categoryId, clock.instant()));
    }

    public void addTag(Collection<Long> ids, String tagName) {
        tx.run(() -> {
            Tag tag = taxonomy.ensureTags(List.of(tagName)).get(0);
            posts.addTag(ids, tag.id(), clock.instant());
        });
    }

    public void removeTag(Collection<Long> ids, String tagName) {
        tx.run(() -> taxonomy.findTag(tagName).ifPresent(tag -> posts.removeTag(ids, tag.id(), clock.instant())));
    }
}
