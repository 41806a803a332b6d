package dev.blogwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an export finds the bodies of the posts it was given. A library hands out posts without bodies (10,000
 * posts hold 70 MB of them) and reads a body only for a post whose page has to be made again.
 */
public interface PostBodies {
    /** Bodies carried by the posts themselves: for posts made in memory, read from JSON, or in tests. */
    PostBodies IN_POSTS = new PostBodies() {
        @Override
        public String fingerprint(Post post) {
            return null;
        }

        @Override
        public String body(Post post) {
            return post.body();
        }
    };

    /** The fingerprint of the post's body as the library stored it, or null when unknown (then computed). */
    String fingerprint(Post post);

    /** The post's body. */
    String body(Post post);

    /** The bodies of {@code posts}, in their order: one read for many, as an export renders posts by the hundred. */
    default List<String> bodies(List<Post> posts) {
        List<String> out = new ArrayList<>(posts.size());
        for (Post p : posts) {
            out.add(body(p));
        }
        return out;
    }
}
