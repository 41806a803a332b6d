package dev.blogwright.logic.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a bundle with what the target holds. Trusting the target's manifest, a file is sent when its hash
 * differs from the one deployed last; verifying, the listing decides: a file missing, of another size or of
 * another digest (where the target reports one) is sent again. Either way only files of the previous deploy are
 * ever deleted, never files a person put on the target.
 */
final class DeployPlanner {
    private DeployPlanner() {
    }

    /**
     * @param listing the target's files, or null to trust {@code previous} (which must then be present)
     */
    static DeployPlan plan(LocalBundle local, Optional<DeployManifest> previous, List<RemoteFile> listing,
            Digest digest) throws IOException {
        Map<String, DeployManifest.Entry> before = previous.isPresent() ? previous.get().files() : Map.of();
        Map<String, RemoteFile> remote = null;
        if (listing != null) {
            remote = new HashMap<>(listing.size() * 2);
            for (RemoteFile f : listing) {
                if (!SitePaths.isDeployFile(f.path())) {
                    remote.put(f.path(), f);
                }
            }
        }
        List<String> uploads = new ArrayList<>();
        Set<String> fresh = new HashSet<>();
        int unchanged = 0;
        long bytes = 0;
        for (Map.Entry<String, String> e : local.hashes().entrySet()) {
            String path = e.getKey();
            DeployManifest.Entry last = before.get(path);
            boolean present = remote != null ? remote.containsKey(path) : last != null;
            // Trusting the manifest, an equal content hash says enough: no stat of the 10,000 unchanged files.
            if (remote == null && last != null && last.hash().equals(e.getValue())) {
                unchanged++;
                continue;
            }
            long size = local.size(path);
            boolean same = remote != null && sameAsRemote(local, path, size, remote.get(path), last, e.getValue(),
                    digest);
            if (same) {
                unchanged++;
                continue;
            }
            uploads.add(path);
            bytes += size;
            if (!present) {
                fresh.add(path);
            }
        }
        uploads.sort(UploadOrder.comparator(fresh::contains));
        List<String> deletes = new ArrayList<>();
        for (String path : before.keySet()) {
            boolean there = remote == null || remote.containsKey(path);
            if (!local.hashes().containsKey(path) && there) {
                deletes.add(path);
            }
        }
        // In path order, as the manifests list them, whatever order the maps hold.
        deletes.sort(null);
        int remoteFiles = remote != null ? remote.size() : before.size();
        return new DeployPlan(uploads, deletes, unchanged, remote != null, remoteFiles, bytes, fresh);
    }

    private static boolean sameAsRemote(LocalBundle local, String path, long size, RemoteFile there,
            DeployManifest.Entry last, String hash, Digest digest) throws IOException {
        if (there == null || there.size() != size) {
            return false;
        }
        if (digest != Digest.NONE && there.hash() != null) {
            return there.hash().equalsIgnoreCase(digest.of(local.file(path)));
        }
        // Sizes alone cannot tell an edit of the same length: the last deploy's hash must vouch for the content.
        return last != null && last.hash().equals(hash);
    }
}
