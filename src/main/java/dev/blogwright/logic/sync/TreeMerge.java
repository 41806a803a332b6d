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
import java.util.Objects;
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
            if (LibraryText.postSlug(path) != null) {
                continue;
            }
            byte[] b = base.get(path);
            byte[] o = ours.get(path);
            byte[] t = theirs.get(path);
            if (Arrays.equals(o, t) || Arrays.equals(t, b)) {
                put(out, path, o);
            } else if (Arrays.equals(o, b)) {
                put(out, path, t);
            } else if (o != null && t != null && path.equals(BlogFile.PATH)) {
                out.put(path, BlogMerge.merge(b, o, t));
            } else {
                put(out, path, o != null ? o : t);
            }
        }
        Map<String, String> renamedSlugs = new TreeMap<>();
        for (PostIdentities.Paths p : PostIdentities.group(base, ours, theirs)) {
            conflicts += mergePost(p, base, ours, theirs, theirAuthor, out, renamedSlugs);
        }
        CategoryRenames.apply(base.get(BlogFile.PATH), ours.get(BlogFile.PATH), theirs.get(BlogFile.PATH),
                out.get(BlogFile.PATH), out);
        moveConflicts(out, renamedSlugs);
        spreadEqualWeights(out, unchangedWeights);
        return new Result(out, conflicts);
    }

    /**
     * Merges one post's files (a path on each side, see {@link PostIdentities}) into {@code out}; returns how many
     * conflict versions it made. {@code renamedSlugs} learns each slug the post had that it no longer has.
     */
    private static int mergePost(PostIdentities.Paths p, Map<String, byte[]> base, Map<String, byte[]> ours,
                                 Map<String, byte[]> theirs, String theirAuthor, SortedMap<String, byte[]> out,
                                 Map<String, String> renamedSlugs) {
        byte[] b = p.base() == null ? null : base.get(p.base());
        byte[] o = p.ours() == null ? null : ours.get(p.ours());
        byte[] t = p.theirs() == null ? null : theirs.get(p.theirs());
        boolean oIsB = Arrays.equals(o, b) && Objects.equals(p.ours(), p.base());
        boolean tIsB = Arrays.equals(t, b) && Objects.equals(p.theirs(), p.base());
        boolean oIsT = Arrays.equals(o, t) && Objects.equals(p.ours(), p.theirs());
        int conflicts = 0;
        String path;
        if (oIsT || tIsB) {
            path = p.ours();
            place(out, path, o, null, null);
        } else if (oIsB) {
            path = p.theirs();
            place(out, path, t, null, null);
        } else if (o == null || t == null) {
            byte[] edited = o == null ? t : o;
            path = o == null ? p.theirs() : p.ours();
            String from = o == null ? "deleted here, edited by " + theirAuthor : "deleted by " + theirAuthor;
            place(out, path, edited, PostMerge.markedFrom(PostFile.parse(edited), "kept: " + from).bytes(), null);
            conflicts++;
        } else {
            String slug = mergedSlug(p);
            String folder = folder(Objects.equals(p.ours(), p.base()) ? p.theirs() : p.ours());
            path = folder + slug + ".md";
            PostMerge.Result r = PostMerge.merge(b, o, t, theirAuthor, slug);
            place(out, path, r.merged(), r.conflict(), r.ourConflict());
            conflicts += (r.conflict() == null ? 0 : 1) + (r.ourConflict() == null ? 0 : 1);
        }
        if (path != null) {
            for (String side : new String[] {p.base(), p.ours(), p.theirs()}) {
                if (side != null && !LibraryText.postSlug(side).equals(LibraryText.postSlug(path))) {
                    renamedSlugs.put(LibraryText.postSlug(side), LibraryText.postSlug(path));
                }
            }
        }
        return conflicts;
    }

    /**
     * The slug of a post both sides changed: the side that renamed it; both, to different slugs: the one that sorts
     * first, the same on every computer (the other is kept in a conflict version).
     */
    private static String mergedSlug(PostIdentities.Paths p) {
        String b = p.base() == null ? null : LibraryText.postSlug(p.base());
        String o = LibraryText.postSlug(p.ours());
        String t = LibraryText.postSlug(p.theirs());
        if (o.equals(t) || t.equals(b)) {
            return o;
        }
        if (o.equals(b)) {
            return t;
        }
        return o.compareTo(t) <= 0 ? o : t;
    }

    private static String folder(String path) {
        return path.substring(0, path.indexOf('/') + 1);
    }

    /**
     * Puts a post's merged file and its conflict versions. A path another post of this merge already took (two
     * posts given one slug on two computers) keeps that post; this one's file becomes a conflict version of it, so
     * it is flagged and nothing is lost.
     */
    private static void place(SortedMap<String, byte[]> out, String path, byte[] file, byte[] conflict,
                              byte[] ourConflict) {
        if (file == null) {
            return;
        }
        String slug = LibraryText.postSlug(path);
        if (out.containsKey(path) && !Arrays.equals(out.get(path), file)) {
            addConflict(out, slug, PostMerge.markedFrom(PostFile.parse(file), "another post with this slug")
                    .bytes());
        } else {
            out.put(path, file);
        }
        addConflict(out, slug, conflict);
        addConflict(out, slug, ourConflict);
    }

    private static void addConflict(SortedMap<String, byte[]> out, String slug, byte[] conflict) {
        if (conflict != null) {
            out.put(ConflictVersion.pathOf(slug, new String(conflict, StandardCharsets.UTF_8)), conflict);
        }
    }

    /** Conflict versions of a post whose slug changed move with it (their names are their content, so they keep them). */
    private static void moveConflicts(SortedMap<String, byte[]> out, Map<String, String> renamedSlugs) {
        Set<String> live = new TreeSet<>();
        out.keySet().forEach(path -> {
            String slug = LibraryText.postSlug(path);
            if (slug != null) {
                live.add(slug);
            }
        });
        for (String path : new ArrayList<>(out.keySet())) {
            String slug = LibraryText.conflictSlug(path);
            String to = slug == null || live.contains(slug) ? null : renamedSlugs.get(slug);
            if (to != null) {
                out.put(LibraryText.CONFLICTS + to + path.substring(LibraryText.CONFLICTS.length() + slug.length()),
                        out.remove(path));
            }
        }
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
