package dev.blogwright.logic.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a deploy will do: the files to send, in the order they go; the files to delete (only files of the previous
 * deploy the site no longer has); how many are already there as they should be.
 *
 * @param verified true when the remote files were listed and compared, not taken from the target's manifest
 * @param remoteFiles how many files of the site the target holds now, for the delete guard
 * @param uploadBytes the bytes the uploads will send
 * @param fresh the uploads the target does not have yet (they go before the changed files that link to them)
 */
public record DeployPlan(List<String> uploads, List<String> deletes, int unchanged, boolean verified,
        int remoteFiles, long uploadBytes, Set<String> fresh) {
    public static final double DEFAULT_MAX_DELETE_SHARE = 0.25;

    public DeployPlan {
        uploads = List.copyOf(uploads);
        deletes = List.copyOf(deletes);
        fresh = Set.copyOf(fresh);
    }

    /**
     * The uploads cut where {@link UploadOrder} says one kind of file must be stored before the next begins; the
     * files of one batch may go in any order, or at once.
     */
    public List<List<String>> batches() {
        List<List<String>> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int key = -1;
        for (String path : uploads) {
            int k = UploadOrder.batchKey(path, fresh.contains(path));
            if (k != key && !current.isEmpty()) {
                batches.add(current);
                current = new ArrayList<>();
            }
            key = k;
            current.add(path);
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    public boolean changesNothing() {
        return uploads.isEmpty() && deletes.isEmpty();
    }

    /** True when the deletes exceed {@code share} of the files on the target (hugo's {@code --maxDeletes}). */
    public boolean deletesMoreThan(double share) {
        return !deletes.isEmpty() && deletes.size() > share * Math.max(remoteFiles, 0);
    }

    /** For a dry run: the counts and the first few files of each kind. */
    public List<String> preview(int perKind) {
        List<String> lines = new ArrayList<>();
        uploads.stream().limit(perKind).forEach(p -> lines.add("upload " + p));
        if (uploads.size() > perKind) {
            lines.add("… and " + (uploads.size() - perKind) + " more uploads");
        }
        deletes.stream().limit(perKind).forEach(p -> lines.add("delete " + p));
        if (deletes.size() > perKind) {
            lines.add("… and " + (deletes.size() - perKind) + " more deletions");
        }
        return lines;
    }
}
