package dev.blogwright.logic.publish;

import java.io.IOException;

/**
 * Hears about each file of a batch of uploads. A target that sends several files at once calls it from several
 * threads, so an implementation must be thread-safe.
 */
public interface UploadListener {
    /** Before a file is sent; throwing (e.g. on Cancel) stops the batch: no further file is started. */
    void starting(Upload file) throws IOException;

    /** After a file is stored on the target under its final name. */
    void uploaded(Upload file);
}
