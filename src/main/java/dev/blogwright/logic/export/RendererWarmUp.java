package dev.blogwright.logic.export;

import dev.blogwright.util.OwnThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets the Markdown renderer up on a thread of its own while a command starts. A one-post deploy renders one post,
 * and that first render paid for the renderer's set-up (the parser and its extensions, the sanitizer, the code
 * highlighter) in the middle of the export; started with the command, the set-up overlaps the JVM's and the
 * library's start, when the second core is mostly idle. The export waits for it only if it gets there first.
 */
public final class RendererWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(RendererWarmUp.class);

    private RendererWarmUp() {
    }

    public static void start() {
        OwnThread.run("renderer-warm-up", () -> {
            try {
                PostRendering.warmUp();
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("Setting the renderer up ahead failed; the export does it when it needs it", e);
            }
        });
    }
}
