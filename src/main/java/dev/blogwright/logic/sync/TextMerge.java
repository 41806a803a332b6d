package dev.blogwright.logic.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * The three-way merge of one text by JGit's line merge, as sync merges post bodies: for the app, whose editor may
 * hold text typed while a sync brought in another computer's edit of the same post.
 */
public final class TextMerge {
    private TextMerge() {
    }

    /** Both sides' changes since {@code base}; empty when the same lines changed differently on both sides. */
    public static Optional<String> merge(String base, String ours, String theirs) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return Optional.of(ours);
        }
        if (ours.equals(base)) {
            return Optional.of(theirs);
        }
        MergeResult<RawText> r = new MergeAlgorithm(DiffAlgorithm.getAlgorithm(
                DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)).merge(RawTextComparator.DEFAULT, raw(base), raw(ours),
                raw(theirs));
        if (r.containsConflicts()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(out, r, "base", "ours", "theirs", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out.toString(StandardCharsets.UTF_8));
    }

    private static RawText raw(String s) {
        return new RawText(s.getBytes(StandardCharsets.UTF_8));
    }
}
