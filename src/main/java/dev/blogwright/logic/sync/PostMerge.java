package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
    /** The merged file, and the other side's file when there was a conflict (else null). */
    record Result(byte[] merged, byte[] conflict) {
    }

    private PostMerge() {
    }

    static Result merge(byte[] base, byte[] ours, byte[] theirs, String theirAuthor) {
        PostFile b = base == null ? new PostFile(Map.of(), "") : PostFile.parse(base);
        PostFile o = PostFile.parse(ours);
        PostFile t = PostFile.parse(theirs);
        KeyMerge.Result front = KeyMerge.merge(b.frontMatter(), o.frontMatter(), t.frontMatter());
        String body = mergeText(b.body(), o.body(), t.body());
        if (body == null || !front.conflicts().isEmpty()) {
            PostFile merged = new PostFile(front.merged(), body == null ? o.body() : body);
            return new Result(merged.bytes(), markedFrom(t, theirAuthor).bytes());
        }
        return new Result(new PostFile(front.merged(), body).bytes(), null);
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
