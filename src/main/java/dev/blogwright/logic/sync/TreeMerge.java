package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.BlogFile;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.logic.sync.text.PostFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Three-way merge of two text forms of a library. A file changed on one side only takes that side; a post changed
 * on both goes through {@link PostMerge}, {@code blog.yaml} through {@link BlogMerge}. A post deleted on one side
 * and edited on the other stays, edited, and is flagged (its edited version is kept as a conflict version, so
 * someone decides). Posts whose manual positions end up equal are spread apart, so the order has no duplicates.
 */
final class TreeMerge {
    private static final Pattern WEIGHT = Pattern.compile("\nweight: (-?[0-9.Ee+-]+)\n");

    /** The merged files and how many conflict versions the merge made. */
    record Result(SortedMap<String, byte[]> files, int conflicts) {
    }

    private TreeMerge() {
    }

    static Result merge(Map<String, byte[]> base, Map<String, byte[]> ours, Map<String, byte[]> theirs,
                        String theirAuthor) {
        return merge(base, ours, theirs, theirAuthor, Map.of());
    }

    /**
     * As {@link #merge(Map, Map, Map, String)} over only the files that differ between the two sides;
     * {@code unchangedWeights} gives the manual position of every other post by path, so a post the merge moves onto
     * an unchanged one's place is still spread apart (the unchanged one stays where it is).
     */
    static Result merge(Map<String, byte[]> base, Map<String, byte[]> ours, Map<String, byte[]> theirs,
                        String theirAuthor, Map<String, Double> unchangedWeights) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        Set<String> paths = new TreeSet<>(ours.keySet());
        paths.addAll(theirs.keySet());
        paths.addAll(base.keySet());
        int conflicts = 0;
        for (String path : paths) {
            byte[] b = base.get(path);
            byte[] o = ours.get(path);
            byte[] t = theirs.get(path);
            if (Arrays.equals(o, t) || Arrays.equals(t, b)) {
                put(out, path, o);
            } else if (Arrays.equals(o, b)) {
                put(out, path, t);
            } else if (o == null || t == null) {
                byte[] edited = o == null ? t : o;
                out.put(path, edited);
                String slug = LibraryText.postSlug(path);
                if (slug != null) {
                    String from = o == null ? "deleted here, edited by " + theirAuthor : "deleted by " + theirAuthor;
                    String conflict = new String(PostMerge.markedFrom(PostFile.parse(edited), "kept: " + from)
                            .bytes(), StandardCharsets.UTF_8);
                    out.put(ConflictVersion.pathOf(slug, conflict), conflict.getBytes(StandardCharsets.UTF_8));
                    conflicts++;
                }
            } else if (path.equals(BlogFile.PATH)) {
                out.put(path, BlogMerge.merge(b, o, t));
            } else if (LibraryText.postSlug(path) != null) {
                PostMerge.Result r = PostMerge.merge(b, o, t, theirAuthor);
                out.put(path, r.merged());
                if (r.conflict() != null) {
                    String conflict = new String(r.conflict(), StandardCharsets.UTF_8);
                    out.put(ConflictVersion.pathOf(LibraryText.postSlug(path), conflict), r.conflict());
                    conflicts++;
                }
            } else {
                out.put(path, o);
            }
        }
        spreadEqualWeights(out, unchangedWeights);
        return new Result(out, conflicts);
    }

    private static void put(Map<String, byte[]> out, String path, byte[] value) {
        if (value != null) {
            out.put(path, value);
        }
    }

    /**
     * Two posts moved to the same place on two computers get one position; the later (by slug) goes halfway to
     * the next position, the same on every computer since the merged files are the same. Posts in {@code fixed}
     * (not part of this merge) never move: on a tie they sort first, so the merged post is the one that moves.
     */
    private static void spreadEqualWeights(SortedMap<String, byte[]> files, Map<String, Double> fixed) {
        record Placed(String path, double weight, boolean merged) {
        }
        List<Placed> placed = new ArrayList<>();
        fixed.forEach((path, weight) -> placed.add(new Placed(path, weight, false)));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (LibraryText.postSlug(e.getKey()) != null) {
                Matcher m = WEIGHT.matcher(new String(e.getValue(), StandardCharsets.UTF_8));
                if (m.find()) {
                    placed.add(new Placed(e.getKey(), Double.parseDouble(m.group(1)), true));
                }
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::weight).thenComparing(Placed::merged)
                .thenComparing(Placed::path));
        for (int i = 1; i < placed.size(); i++) {
            if (placed.get(i).merged() && placed.get(i).weight() <= placed.get(i - 1).weight()) {
                double previous = placed.get(i - 1).weight();
                double next = placed.stream().skip(i).mapToDouble(Placed::weight).filter(w -> w > previous)
                        .findFirst().orElse(previous + 2);
                double moved = (previous + next) / 2;
                PostFile f = PostFile.parse(files.get(placed.get(i).path()));
                Map<String, Object> top = new TreeMap<>(f.frontMatter());
                top.put("weight", moved == Math.rint(moved) ? (Object) (long) moved : (Object) moved);
                files.put(placed.get(i).path(), new PostFile(top, f.body()).bytes());
                placed.set(i, new Placed(placed.get(i).path(), moved, true));
            }
        }
    }
}
