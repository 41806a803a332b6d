package dev.blogwright.logic.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * A tree with a few files set or deleted, made by rewriting only the trees on their paths: each is read entry by
 * entry and written again with {@link TreeFormatter}; every other tree keeps its id unread. A one-post edit of a
 * 10,000-post library rewrites {@code posts/} and the root, without the index of every file that a
 * {@link org.eclipse.jgit.dircache.DirCache} would build (most of a one-post push's commit in a profile).
 */
final class TreeEdits {
    /** An entry of a tree: its mode and object. */
    private record Entry(FileMode mode, ObjectId id) {
    }

    private TreeEdits() {
    }

    /**
     * {@code tree} with each path of {@code edits} set to its blob (a regular file), or deleted where the blob is
     * null; a folder left empty goes. Returns the new tree's id, stored through {@code inserter}, or null where
     * nothing is left in it.
     */
    static ObjectId apply(ObjectReader reader, ObjectInserter inserter, ObjectId tree, Map<String, ObjectId> edits)
            throws IOException {
        // Git orders a tree's entries by their names' bytes, a folder's name as if it ended with '/'.
        SortedMap<byte[], Entry> entries = new TreeMap<>(Arrays::compareUnsigned);
        if (tree != null) {
            CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, tree);
            for (; !parser.eof(); parser.next()) {
                FileMode mode = parser.getEntryFileMode();
                entries.put(key(parser.getEntryPathString(), mode), new Entry(mode, parser.getEntryObjectId()));
            }
        }
        Map<String, Map<String, ObjectId>> below = new HashMap<>();
        for (Map.Entry<String, ObjectId> e : edits.entrySet()) {
            String path = e.getKey();
            int slash = path.indexOf('/');
            if (slash >= 0) {
                below.computeIfAbsent(path.substring(0, slash), k -> new HashMap<>())
                        .put(path.substring(slash + 1), e.getValue());
                continue;
            }
            // A file replaces a folder of its name, and the other way round.
            entries.remove(key(path, FileMode.TREE));
            if (e.getValue() == null) {
                entries.remove(key(path, FileMode.REGULAR_FILE));
            } else {
                entries.put(key(path, FileMode.REGULAR_FILE), new Entry(FileMode.REGULAR_FILE, e.getValue()));
            }
        }
        for (Map.Entry<String, Map<String, ObjectId>> e : below.entrySet()) {
            byte[] folder = key(e.getKey(), FileMode.TREE);
            Entry had = entries.get(folder);
            ObjectId sub = apply(reader, inserter, had == null ? null : had.id(), e.getValue());
            if (sub == null) {
                entries.remove(folder);
            } else {
                entries.remove(key(e.getKey(), FileMode.REGULAR_FILE));
                entries.put(folder, new Entry(FileMode.TREE, sub));
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        TreeFormatter out = new TreeFormatter();
        for (Map.Entry<byte[], Entry> e : entries.entrySet()) {
            byte[] key = e.getKey();
            int length = e.getValue().mode() == FileMode.TREE ? key.length - 1 : key.length;
            out.append(key, 0, length, e.getValue().mode(), e.getValue().id());
        }
        return inserter.insert(out);
    }

    private static byte[] key(String name, FileMode mode) {
        return (mode == FileMode.TREE ? name + "/" : name).getBytes(StandardCharsets.UTF_8);
    }

    /** The root: never null, an empty tree where every file went. */
    static ObjectId root(ObjectReader reader, ObjectInserter inserter, ObjectId tree, Map<String, ObjectId> edits)
            throws IOException {
        ObjectId out = apply(reader, inserter, tree, edits);
        return out != null ? out : inserter.insert(Constants.OBJ_TREE, new byte[0]);
    }
}
