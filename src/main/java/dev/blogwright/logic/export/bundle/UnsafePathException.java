package dev.blogwright.logic.export.bundle;

/** A slug, tag or file name that would write outside the output folder or is not portable. */
public final class UnsafePathException extends IllegalArgumentException {
    public UnsafePathException(String path, String reason) {
        super("Refusing to write '" + printable(path) + "': " + reason);
    }

    private static String printable(String path) {
        return path.replace("\0", "\\0");
    }
}
