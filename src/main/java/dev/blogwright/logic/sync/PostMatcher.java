package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import dev.blogwright.model.Post;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which library post each incoming post file is: the post with the file's shared id ({@code blogwright.id}) first,
 * so a slug changed elsewhere renames the post here (its history, goal and library id stay); else the post with the
 * file's slug, unless another file claims that post by its id (a post renamed away while a new one took its slug).
 * A second file with an id already claimed (a file copied by hand) is a new post and gets an id of its own.
 */
final class PostMatcher {
    /** {@code existing}: the library post of each file path that has one; {@code ids}: the shared id each file's
     * post is to have (absent where the file's id is not its own). */
    record Result(Map<String, Post> existing, Map<String, String> ids) {
        /** The library posts among {@code posts} that no file is. */
        List<Post> unmatched(Collection<Post> posts) {
            Set<Long> taken = new HashSet<>();
            existing.values().forEach(p -> taken.add(p.id()));
            List<Post> out = new ArrayList<>();
            posts.stream().filter(p -> !taken.contains(p.id())).forEach(out::add);
            return out;
        }
    }

    private PostMatcher() {
    }

    /** Over every post of the library (a whole import). */
    static Result match(SortedMap<String, PostFile> files, Collection<Post> posts, Map<Long, String> uids) {
        Map<String, Post> byUid = new HashMap<>();
        Map<String, Post> bySlug = new HashMap<>();
        for (Post p : posts) {
            bySlug.put(p.slug(), p);
            String uid = uids.get(p.id());
            if (uid != null) {
                byUid.putIfAbsent(uid, p);
            }
        }
        return match(files, uid -> Optional.ofNullable(byUid.get(uid)), slug -> Optional.ofNullable(bySlug.get(slug)),
                uids);
    }

    /**
     * With lookups of one post by shared id and by slug (a pull of a few files reads only their posts); {@code uids}
     * is every post's shared id by library id.
     */
    static Result match(SortedMap<String, PostFile> files, Function<String, Optional<Post>> byUid,
                        Function<String, Optional<Post>> bySlug, Map<Long, String> uids) {
        Map<String, String> ids = new TreeMap<>();
        Set<String> claimed = new HashSet<>();
        for (Map.Entry<String, PostFile> e : files.entrySet()) {
            String uid = PostFields.id(e.getValue());
            if (uid != null && claimed.add(uid)) {
                ids.put(e.getKey(), uid);
            }
        }
        Map<String, Post> existing = new TreeMap<>();
        Set<Long> taken = new HashSet<>();
        ids.forEach((path, uid) -> byUid.apply(uid).filter(p -> taken.add(p.id()))
                .ifPresent(p -> existing.put(path, p)));
        for (String path : files.keySet()) {
            if (!existing.containsKey(path)) {
                bySlug.apply(LibraryText.postSlug(path))
                        .filter(p -> !claimed.contains(uids.get(p.id())) && taken.add(p.id()))
                        .ifPresent(p -> existing.put(path, p));
            }
        }
        return new Result(existing, ids);
    }

    /** The files in the order to write them: those of existing posts first, so a slug a renamed post leaves is free. */
    static List<Map.Entry<String, PostFile>> updatesFirst(SortedMap<String, PostFile> files, Result matched) {
        List<Map.Entry<String, PostFile>> out = new ArrayList<>();
        files.entrySet().stream().filter(e -> matched.existing().containsKey(e.getKey())).forEach(out::add);
        files.entrySet().stream().filter(e -> !matched.existing().containsKey(e.getKey())).forEach(out::add);
        return out;
    }
}
