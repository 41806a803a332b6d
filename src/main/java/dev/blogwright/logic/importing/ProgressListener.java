package dev.blogwright.logic.importing;

/** Told after each post; called on the importing thread, so a GUI hops to its own thread itself. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, current) -> { };

    void progress(int done, int total, String current);
}
