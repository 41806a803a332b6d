package dev.blogwright.app;

/** How a front end opens a library; the store's own mode stays behind {@link BlogLibrary}. */
public enum OpenMode {
    /** Read and write; a missing file is created as an empty library. */
    CREATE,
    /** Read and write an existing library. */
    WRITE,
    /** Read only; nothing on disk changes and no lock is taken. */
    READ_ONLY
}
