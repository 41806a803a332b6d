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

    /**
     * Relative, with no empty, {@code .} or {@code ..} segment, no backslash and no control character. One pass over
     * the characters: a deploy checks the 10,000 paths of each manifest it reads.
     */
    static boolean isSafe(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        int segmentStart = 0;
        int length = path.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? path.charAt(i) : '/';
            if (c == '/') {
                int segment = i - segmentStart;
                if (segment == 0 || segment <= 2 && dots(path, segmentStart, i)) {
                    return false;
                }
                segmentStart = i + 1;
            } else if (c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code path[from, to)} is all dots (the segment is {@code .} or {@code ..}). */
    private static boolean dots(String path, int from, int to) {
        for (int i = from; i < to; i++) {
            if (path.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** The deploy's own bookkeeping files on the target, never part of the site. */
    static boolean isDeployFile(String path) {
        return path.equals(DeployManifest.FILE) || path.equals(DeployManifest.PENDING);
    }
}
