package dev.blogwright.hardening;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostSummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The fixture both sides of the kill test agree on: one post that is autosaved, five posts that are rotated by
 * reorders, and how to read their state back.
 */
final class WriteLedger {
    static final String AUTOSAVE_SLUG = "autosave-target";
    static final int ROTATION_SIZE = 5;

    private final BlogLibrary lib;

    WriteLedger(BlogLibrary lib) {
        this.lib = lib;
    }

    /** Creates the fixture posts in a fresh library. */
    static void seed(BlogLibrary lib) {
        lib.posts().create(Post.draft("Autosave 0", "start").slug(AUTOSAVE_SLUG).build());
        for (int i = 1; i <= ROTATION_SIZE; i++) {
            lib.posts().create(Post.draft("Rotation " + i, "Post " + i).slug("rotation-" + i).build());
        }
    }

    long autosaveId() {
        return lib.posts().findBySlug(AUTOSAVE_SLUG).orElseThrow().id();
    }

    /** The rotation posts in creation order. */
    List<Long> rotationIds() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= ROTATION_SIZE; i++) {
            ids.add(lib.posts().findBySlug("rotation-" + i).orElseThrow().id());
        }
        return ids;
    }

    /** The rotation posts in the manual order of the library. */
    List<Long> rotationOrder() {
        List<Long> ids = rotationIds();
        return lib.posts().list(PostQuery.all()).stream().filter(s -> ids.contains(s.id()))
                .sorted(Comparator.comparingDouble(PostSummary::position)).map(PostSummary::id).toList();
    }

    int rotation() {
        return rotationOf(rotationOrder(), rotationIds());
    }

    /**
     * New posts go to the top, so the seeded order is the creation order reversed; each reorder moves the last
     * post to the top. Returns k when the order is that base rotated k times, -1 when it is no rotation at all.
     */
    static int rotationOf(List<Long> order, List<Long> idsInCreationOrder) {
        List<Long> base = new ArrayList<>(idsInCreationOrder);
        Collections.reverse(base);
        for (int k = 0; k < base.size(); k++) {
            boolean match = true;
            for (int i = 0; i < base.size() && match; i++) {
                match = order.get(i).equals(base.get(Math.floorMod(i - k, base.size())));
            }
            if (match) {
                return k;
            }
        }
        return -1;
    }

    /** The sequence number in the autosaved post's title ("Autosave 42" → 42). */
    long autosaveSequence() {
        return Long.parseLong(lib.posts().find(autosaveId()).orElseThrow().title().substring("Autosave ".length()));
    }

    String autosaveBodySha() {
        return sha(lib.posts().find(autosaveId()).orElseThrow().body());
    }

    /** A body of varying size (up to ~24 KB), so writes span several pages and the WAL grows and checkpoints. */
    static String autosaveBody(long n, Random random) {
        StringBuilder body = new StringBuilder("Autosave number ").append(n).append("\n\n");
        int words = 50 + random.nextInt(4000);
        for (int i = 0; i < words; i++) {
            body.append(Long.toString(random.nextLong() & 0xffffff, 36)).append(i % 17 == 16 ? "\n" : " ");
        }
        return body.toString();
    }

    static String sha(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
