package dev.blogwright.app;

import dev.blogwright.logic.post.PostRepository;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostBodies;
import java.util.List;
import java.util.Map;

/** Post bodies read from a library snapshot when an export asks for them, with the fingerprints it stored. */
final class StoredBodies implements PostBodies {
    private final PostRepository posts;
    private final Map<Long, String> fingerprints;

    StoredBodies(PostRepository posts, Map<Long, String> fingerprints) {
        this.posts = posts;
        this.fingerprints = fingerprints;
    }

    @Override
    public String fingerprint(Post post) {
        return fingerprints.get(post.id());
    }

    @Override
    public String body(Post post) {
        return posts.body(post.id()).orElse("");
    }

    @Override
    public List<String> bodies(List<Post> list) {
        Map<Long, String> read = posts.bodies(list.stream().map(Post::id).toList());
        return list.stream().map(p -> read.getOrDefault(p.id(), "")).toList();
    }
}
