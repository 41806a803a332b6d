package dev.blogwright.logic.publish;

import dev.blogwright.logic.publish.PublishException.Problem;

/**
 * Checks a path before the deploy sends or deletes it: both manifests come from files someone could have edited,
 * and a {@code ../} in one must not reach outside the target's root.
 */
final class SitePaths {
    private SitePaths() {
    }

    static void check(String path) throws PublishException {
        if (!isSafe(path)) {
            throw new PublishException(Problem.REJECTED, "Refusing the unsafe path '" + path + "' in a manifest", null);
        }
    }

    static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** The deploy's own bookkeeping files on the target, never part of the site. */
    static boolean isDeployFile(String path) {
        return path.equals(DeployManifest.FILE) || path.equals(DeployManifest.PENDING);
    }
}
