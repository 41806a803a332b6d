package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The post files of a three-way merge grouped by post, not by path: a file's post is its shared id
 * ({@code blogwright.id}), so a post renamed on one side ({@code posts/old.md} → {@code posts/new.md}) and edited on
 * the other is one post with a file on each side. A file without an id (written by hand, or by a version before
 * ids) takes the id of the file at its path on another side; one whose id another file of its side already has (a
 * copy) is its own post, known by its path.
 */
final class PostIdentities {
    /** One post's file path on each side (null where that side has no file of it). */
    record Paths(String base, String ours, String theirs) {
    }

    private PostIdentities() {
    }

    static List<Paths> group(Map<String, byte[]> base, Map<String, byte[]> ours, Map<String, byte[]> theirs) {
        List<Map<String, byte[]>> sides = List.of(base, ours, theirs);
        List<Map<String, String>> ids = new ArrayList<>();
        for (Map<String, byte[]> side : sides) {
            Map<String, String> byPath = new HashMap<>();
            side.forEach((path, bytes) -> {
                if (LibraryText.postSlug(path) != null && bytes != null) {
                    String id = idOf(bytes);
                    if (id != null) {
                        byPath.put(path, id);
                    }
                }
            });
            ids.add(byPath);
        }
        Map<String, String[]> groups = new TreeMap<>();
        for (int s = 0; s < sides.size(); s++) {
            Set<String> seen = new HashSet<>();
            for (String path : new TreeMap<>(sides.get(s)).keySet()) {
                if (LibraryText.postSlug(path) == null) {
                    continue;
                }
                String id = ids.get(s).get(path);
                for (int other = 0; id == null && other < sides.size(); other++) {
                    id = ids.get(other).get(path);
                }
                String key = id != null && seen.add(id) ? "id:" + id : "path:" + path;
                groups.computeIfAbsent(key, k -> new String[3])[s] = path;
            }
        }
        List<Paths> out = new ArrayList<>();
        groups.values().forEach(p -> out.add(new Paths(p[0], p[1], p[2])));
        return out;
    }

    private static String idOf(byte[] bytes) {
        try {
            return PostFields.id(PostFile.parse(bytes));
        } catch (IllegalArgumentException e) {
            // A file that does not parse is merged by its path, and reported where it is read.
            return null;
        }
    }
}
