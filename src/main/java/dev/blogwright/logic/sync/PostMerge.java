package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * One post changed on both sides: front matter merged key by key, the body by JGit's three-way text merge (edits in
 * different paragraphs combine). Where both changed the same thing differently nothing is lost: ours stays, and
 * theirs comes back as a conflict version (its whole file, marked with who wrote it).
 */
final class PostMerge {
    /**
     * The merged file; the other side's file when there was a conflict (else null); and this side's file when only
     * its new slug lost to the other side's (else null).
     */
    record Result(byte[] merged, byte[] conflict, byte[] ourConflict) {
    }

    private PostMerge() {
    }

    static Result merge(byte[] base, byte[] ours, byte[] theirs, String theirAuthor) {
        return merge(base, ours, theirs, theirAuthor, null);
    }

    /**
     * As {@link #merge(byte[], byte[], byte[], String)}, the merged post at {@code slug} (the slug both sides' renames
     * settled on; null: as the front matter merges). A side whose own new slug lost keeps its file as a conflict
     * version, so that name is not lost.
     */
    static Result merge(byte[] base, byte[] ours, byte[] theirs, String theirAuthor, String slug) {
        PostFile b = base == null ? new PostFile(Map.of(), "") : PostFile.parse(base);
        PostFile o = PostFile.parse(ours);
        PostFile t = PostFile.parse(theirs);
        Map<String, Object> of = new TreeMap<>(o.frontMatter());
        Map<String, Object> tf = new TreeMap<>(t.frontMatter());
        boolean ourSlugLost = false;
        boolean theirSlugLost = false;
        if (slug != null) {
            Object was = b.frontMatter().get("slug");
            ourSlugLost = !slug.equals(of.get("slug")) && !Objects.equals(was, of.get("slug"));
            theirSlugLost = !slug.equals(tf.get("slug")) && !Objects.equals(was, tf.get("slug"));
            of.put("slug", slug);
            tf.put("slug", slug);
        }
        KeyMerge.Result front = KeyMerge.merge(b.frontMatter(), of, tf);
        String body = mergeText(b.body(), o.body(), t.body());
        byte[] ourConflict = ourSlugLost ? markedFrom(o, "a rename made in the same sync as " + theirAuthor + "'s")
                .bytes() : null;
        if (body == null || !front.conflicts().isEmpty() || theirSlugLost) {
            PostFile merged = new PostFile(front.merged(), body == null ? o.body() : body);
            return new Result(merged.bytes(), markedFrom(t, theirAuthor).bytes(), ourConflict);
        }
        return new Result(new PostFile(front.merged(), body).bytes(), null, ourConflict);
    }

    /** The file of a version kept as a conflict: as it was, plus who wrote it. */
    static PostFile markedFrom(PostFile f, String author) {
        Map<String, Object> top = new TreeMap<>(f.frontMatter());
        Map<String, Object> own = new TreeMap<>(f.own());
        own.put(ConflictVersion.FROM, author == null || author.isBlank() ? "another computer" : author);
        top.put(PostFields.OWN, own);
        return new PostFile(top, f.body());
    }

    /** The three-way merge of a text, or null when the same lines changed differently on both sides. */
    static String mergeText(String base, String ours, String theirs) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        MergeResult<RawText> r = new MergeAlgorithm(DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM))
                .merge(RawTextComparator.DEFAULT, raw(base), raw(ours), raw(theirs));
        if (r.containsConflicts()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(out, r, "base", "ours", "theirs", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RawText raw(String s) {
        return new RawText(s.getBytes(StandardCharsets.UTF_8));
    }
}
