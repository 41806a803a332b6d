package dev.blogwright.logic.export.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Strings in the binary files a bundle keeps (the export's cache, the deploy's post heads): UTF-8 after an int length,
 * because DataOutput's own writeUTF stops at 64 KB, less than a long post's HTML or front matter.
 */
public final class LongStrings {
    private LongStrings() {
    }

    public static void write(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads one string from a heap buffer; a length past its end is a damaged file. */
    public static String read(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IOException("a string of " + length + " bytes");
        }
        if (length == 0) {
            // The many empty fields of 10,000 post heads share one string instead of an object each.
            return "";
        }
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
