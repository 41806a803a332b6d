package dev.blogwright.logic.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a file's bytes into text the way writers expect: UTF-8 first (a BOM is dropped), Windows-1252 for the
 * old files that are not UTF-8, and a refusal for binaries and oversized files. Mojibake is repaired on the way.
 */
public final class TextDecoding {
    /** 50 MB: far above any real post, low enough that a mistaken video file is refused before it is read. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text with what had to be done to it, so the report can say so. */
    public record Decoded(String text, List<String> notes) {
        public Decoded {
            notes = List.copyOf(notes);
        }
    }

    private TextDecoding() {
    }

    /** Reads a file, checking its size before a single byte is read. */
    public static Decoded read(Path file, long maxBytes) throws ImportException {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ImportException(name + ": file is " + megabytes(size) + ", over the import limit of "
                        + megabytes(maxBytes));
            }
            return decode(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public static Decoded decode(byte[] bytes, String name) throws ImportException {
        int kind = scan(bytes);
        if (kind == BINARY) {
            throw new ImportException(name + ": is a binary file, not text");
        }
        if (kind == ASCII) {
            // ASCII decodes the same as UTF-8 and holds no mojibake (its signatures need bytes 0x80 and up),
            // so most files skip the checking decoder and the repair scan.
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII), List.of());
        }
        List<String> notes = new ArrayList<>();
        int start = hasBom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
            notes.add(name + ": not valid UTF-8, read as Windows-1252");
        }
        MojibakeRepair.Repaired repaired = MojibakeRepair.repairExplained(text);
        if (!repaired.text().equals(text)) {
            notes.add(name + ": repaired mis-decoded UTF-8 text (mojibake"
                    + (repaired.readAs().isEmpty() ? "" : ", read as " + String.join(" and ", repaired.readAs()))
                    + ")");
        }
        return new Decoded(repaired.text(), notes);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** A NUL byte, or more than 10 % control characters other than tab, CR, LF and form feed. */
    static boolean looksBinary(byte[] bytes) {
        return scan(bytes) == BINARY;
    }

    private static final int TEXT = 0;
    private static final int ASCII = 1;
    private static final int BINARY = 2;

    /** One pass: {@link #BINARY} as {@link #looksBinary} says, else {@link #ASCII} when no byte is 0x80 or up. */
    private static int scan(byte[] bytes) {
        int controls = 0;
        boolean ascii = true;
        for (byte b : bytes) {
            // Signed bytes: printable ASCII, the common case, is the only range that skips this test.
            if (b < 0x20) {
                if (b < 0) {
                    ascii = false;
                } else if (b == 0) {
                    return BINARY;
                } else if (b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                    controls++;
                }
            }
        }
        if (bytes.length > 0 && controls * 10L > bytes.length) {
            return BINARY;
        }
        return ascii ? ASCII : TEXT;
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                : bytes + " bytes";
    }
}
