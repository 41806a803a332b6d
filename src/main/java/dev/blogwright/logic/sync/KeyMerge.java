package dev.blogwright.logic.sync;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Three-way merge of front matter and settings, key by key: a key changed on one side takes that side; changed alike
 * on both, either; changed differently on both, ours, and the key is reported as a conflict. Nested maps (the
 * {@code blogwright:} block) merge the same way inside.
 */
final class KeyMerge {
    /** Keys whose clash is no conflict: the later time wins ({@code blogwright.updated}). */
    private static final Set<String> LATEST_WINS = Set.of("updated");

    /** The merge, and the keys (dotted paths) that changed differently on both sides. */
    record Result(Map<String, Object> merged, Set<String> conflicts) {
    }

    private KeyMerge() {
    }

    static Result merge(Map<String, Object> base, Map<String, Object> ours, Map<String, Object> theirs) {
        Set<String> conflicts = new TreeSet<>();
        Map<String, Object> merged = merge(base, ours, theirs, "", conflicts);
        return new Result(merged, conflicts);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> ours,
                                             Map<String, Object> theirs, String prefix, Set<String> conflicts) {
        Map<String, Object> out = new TreeMap<>();
        Set<String> keys = new TreeSet<>(ours.keySet());
        keys.addAll(theirs.keySet());
        keys.addAll(base.keySet());
        for (String key : keys) {
            Object b = base.get(key);
            Object o = ours.get(key);
            Object t = theirs.get(key);
            Object v;
            if (Objects.equals(o, t) || Objects.equals(t, b)) {
                v = o;
            } else if (Objects.equals(o, b)) {
                v = t;
            } else if (o instanceof Map<?, ?> om && t instanceof Map<?, ?> tm) {
                Map<String, Object> bm = b instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                v = merge(bm, (Map<String, Object>) om, (Map<String, Object>) tm, prefix + key + ".", conflicts);
            } else if (LATEST_WINS.contains(key) && o != null && t != null) {
                v = o.toString().compareTo(t.toString()) >= 0 ? o : t;
            } else {
                v = o;
                conflicts.add(prefix + key);
            }
            if (v != null) {
                out.put(key, v);
            }
        }
        return out;
    }
}
