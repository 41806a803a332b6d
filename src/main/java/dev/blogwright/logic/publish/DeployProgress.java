package dev.blogwright.logic.publish;

/** Receives a deploy's progress after each file, one call at a time, from the deploying or a sending thread. */
@FunctionalInterface
public interface DeployProgress {
    DeployProgress NONE = (files, totalFiles, bytes, totalBytes, current) -> { };

    /**
     * @param files uploads and deletions done so far
     * @param bytes bytes sent so far
     * @param current the file just done
     */
    void progress(int files, int totalFiles, long bytes, long totalBytes, String current);
}
