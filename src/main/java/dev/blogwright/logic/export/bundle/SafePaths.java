package dev.blogwright.logic.export.bundle;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The one gate every exported path goes through: a slug, tag or file name taken from the library must never
 * name a file outside the output folder, nor one Windows or a zip tool would treat specially.
 */
public final class SafePaths {
    /** Most file systems stop at 255 bytes per name; UTF-8 can take 4 bytes a character, hence the margin. */
    static final int MAX_SEGMENT_BYTES = 200;
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafePaths() {
    }

    /**
     * Resolves a relative, forward-slash path inside {@code root}.
     *
     * @throws UnsafePathException when the path could escape the root or is not portable
     */
    public static Path resolve(Path root, String relative) {
        check(relative);
        Path rootAbs = root.toAbsolutePath().normalize();
        // No '.', '..' or empty part passes check(), so the result is already normal; normalizing every exported
        // path again was a third of keeping a page from the last export.
        Path resolved = rootAbs.resolve(relative);
        if (!resolved.startsWith(rootAbs) || resolved.equals(rootAbs)) {
            throw new UnsafePathException(relative, "it leaves the output folder");
        }
        return resolved;
    }

    /** Checks a relative output path without resolving it; returns it unchanged when it is safe. */
    public static String check(String relative) {
        if (relative == null || relative.isEmpty()) {
            throw new UnsafePathException(String.valueOf(relative), "it is empty");
        }
        if (relative.indexOf('\0') >= 0) {
            throw new UnsafePathException(relative, "it contains a NUL character");
        }
        if (relative.indexOf('\\') >= 0) {
            throw new UnsafePathException(relative, "it contains a backslash");
        }
        if (relative.startsWith("/") || isDriveLetter(relative)) {
            throw new UnsafePathException(relative, "it is absolute");
        }
        // Part by part without splitting: this runs for every file of every export.
        int from = 0;
        while (true) {
            int slash = relative.indexOf('/', from);
            checkSegment(relative, from, slash < 0 ? relative.length() : slash);
            if (slash < 0) {
                return relative;
            }
            from = slash + 1;
        }
    }

    /** "C:" and the like, as {@code ^[A-Za-z]:}: a Windows drive. */
    private static boolean isDriveLetter(String relative) {
        if (relative.length() < 2 || relative.charAt(1) != ':') {
            return false;
        }
        char c = relative.charAt(0);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * The length in UTF-8 of {@code s} from {@code from} to {@code to}, without encoding it (an unpaired surrogate
     * counts as '?', as getBytes does).
     */
    private static int utf8Length(String s, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * Checks the part of {@code relative} from {@code from} to {@code to} in place: this runs for every file of every
     * export, and a string per part was a tenth of what a one-post deploy allocated.
     */
    private static void checkSegment(String relative, int from, int to) {
        int length = to - from;
        if (length == 0 || (relative.charAt(from) == '.' && (length == 1 || (length == 2
                && relative.charAt(from + 1) == '.')))) {
            throw new UnsafePathException(relative, "it has an empty, '.' or '..' part");
        }
        if (utf8Length(relative, from, to) > MAX_SEGMENT_BYTES) {
            throw new UnsafePathException(relative, "a part is longer than " + MAX_SEGMENT_BYTES + " bytes");
        }
        char last = relative.charAt(to - 1);
        int colon = relative.indexOf(':', from);
        if (last == '.' || last == ' ' || (colon >= 0 && colon < to)) {
            throw new UnsafePathException(relative, "a part ends in a dot or space, or contains ':'");
        }
        for (int i = from; i < to; i++) {
            if (relative.charAt(i) < 0x20) {
                throw new UnsafePathException(relative, "it contains a control character");
            }
        }
        int dot = relative.indexOf('.', from);
        int baseLength = dot < 0 || dot >= to ? length : dot - from;
        // Every device name has three or four letters; checked before any string is made, as this runs per file.
        if ((baseLength == 3 || baseLength == 4)
                && WINDOWS_DEVICES.contains(relative.substring(from, from + baseLength).toUpperCase(Locale.ROOT))) {
            throw new UnsafePathException(relative, "'" + relative.substring(from, to)
                    + "' is a reserved Windows device name");
        }
    }
}
