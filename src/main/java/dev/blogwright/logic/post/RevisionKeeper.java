package dev.blogwright.logic.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.Revision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides when a post's state is worth a revision and restores one. Autosaves arrive every second while typing,
 * so they keep at most one revision per interval; an explicit save keeps one whenever the text changed.
 */
public final class RevisionKeeper implements RevisionHistory {
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofMinutes(5);
    public static final int KEEP_PER_POST = 200;
    /** Made on first use: opening a library for an export or a listing keeps no revisions. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final RevisionRepository revisions;

    public RevisionKeeper(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    void keep(Post post, boolean explicit, Instant now) {
        Optional<Revision> latest = revisions.latest(post.id());
        boolean changed = latest.map(r -> !r.title().equals(post.title()) || !r.body().equals(post.body())
                || !r.metadataJson().equals(metadata(post))).orElse(true);
        boolean due = latest.map(r -> r.createdAt().plus(AUTOSAVE_INTERVAL).isBefore(now)).orElse(true);
        if (changed && (explicit || due)) {
            revisions.add(new Revision(0, post.id(), now, post.title(), post.body(), metadata(post)));
            revisions.prune(post.id(), KEEP_PER_POST);
        }
    }

    public List<Revision> history(long postId) {
        return revisions.forPost(postId);
    }

    public Optional<Revision> find(long revisionId) {
        return revisions.find(revisionId);
    }

    /** The post as it was in the revision, on top of the current one (id, slug and position stay). */
    public static Post applyTo(Post current, Revision revision) {
        Post.Builder b = current.toBuilder().title(revision.title()).body(revision.body());
        try {
            ObjectNode m = (ObjectNode) Json.MAPPER.readTree(revision.metadataJson());
            b.excerpt(m.hasNonNull("excerpt") ? m.get("excerpt").asText() : null)
                    .icon(m.path("icon").asText(""))
                    .categoryId(m.hasNonNull("categoryId") ? m.get("categoryId").asLong() : null)
                    .status(PostStatus.fromKey(m.path("status").asText("draft")))
                    .featured(m.path("featured").asBoolean())
                    .metaTitle(m.path("metaTitle").asText(""))
                    .metaDescription(m.path("metaDescription").asText(""));
            List<String> tags = new ArrayList<>();
            m.path("tags").forEach(t -> tags.add(t.asText()));
            b.tags(tags);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new LibraryException("This revision's details are damaged; only its title and text can be restored.", e);
        }
        return b.build();
    }

    /** The fields besides title and body as a revision keeps them (sync keeps conflict versions alike). */
    public static String metadata(Post post) {
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.put("excerpt", post.excerpt());
        m.put("icon", post.icon());
        if (post.categoryId() != null) {
            m.put("categoryId", post.categoryId());
        }
        m.put("status", post.status().key());
        m.put("featured", post.featured());
        m.put("metaTitle", post.metaTitle());
        m.put("metaDescription", post.metaDescription());
        post.tags().forEach(m.putArray("tags")::add);
        return m.toString();
    }
}
