package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.LibraryText;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * The merged tree of two commits at the cost of what differs between them: the three trees are compared by blob id,
 * and only the files whose ids differ between the two sides are read and merged ({@link TreeMerge}); every other
 * entry keeps its blob. Images are named by content, so an image either side has stays.
 */
final class ThreeWayTree {
    /** The merged tree and how many conflict versions the merge made. */
    record Result(ObjectId tree, int conflicts) {
    }

    private ThreeWayTree() {
    }

    /** {@code weights}: the manual position of each post by path, for the posts the merge does not touch. */
    static Result merge(GitStore store, ObjectId ours, ObjectId theirs, String theirAuthor,
                        Map<String, Double> weights) throws IOException {
        ObjectId mergeBase = store.mergeBase(ours, theirs);
        Map<String, ObjectId> b = store.entries(mergeBase);
        Map<String, ObjectId> o = store.entries(ours);
        Map<String, ObjectId> t = store.entries(theirs);
        TreeSet<String> differ = new TreeSet<>();
        TreeSet<String> all = new TreeSet<>(o.keySet());
        all.addAll(t.keySet());
        for (String path : all) {
            if (!Objects.equals(o.get(path), t.get(path))) {
                differ.add(path);
            }
        }
        SortedMap<String, byte[]> base = new TreeMap<>();
        SortedMap<String, byte[]> mine = new TreeMap<>();
        SortedMap<String, byte[]> other = new TreeMap<>();
        Map<String, ObjectId> wanted = new TreeMap<>(o);
        for (String path : differ) {
            if (path.startsWith(LibraryText.ASSETS)) {
                wanted.put(path, o.containsKey(path) ? o.get(path) : t.get(path));
                continue;
            }
            wanted.remove(path);
            read(store, b.get(path), path, base);
            read(store, o.get(path), path, mine);
            read(store, t.get(path), path, other);
        }
        Map<String, Double> unchanged = new TreeMap<>();
        weights.forEach((path, weight) -> {
            if (!differ.contains(path) && o.containsKey(path)) {
                unchanged.put(path, weight);
            }
        });
        TreeMerge.Result r = TreeMerge.merge(base, mine, other, theirAuthor, unchanged);
        try (ObjectInserter inserter = store.inserter(r.files().size())) {
            for (Map.Entry<String, byte[]> e : r.files().entrySet()) {
                wanted.put(e.getKey(), inserter.insert(Constants.OBJ_BLOB, e.getValue()));
            }
            inserter.flush();
        }
        return new Result(store.editTree(ours, o, wanted), r.conflicts());
    }

    private static void read(GitStore store, ObjectId blob, String path, Map<String, byte[]> into)
            throws IOException {
        if (blob != null) {
            into.put(path, store.bytes(blob));
        }
    }
}
