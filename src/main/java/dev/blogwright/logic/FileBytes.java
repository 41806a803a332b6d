package dev.blogwright.logic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A whole file read into memory 64 KB at a time. {@link java.nio.file.Files#readAllBytes} asks for the whole file in
 * one read, for which the JDK allocates a temporary native buffer of the file's size: fresh memory whose pages the
 * kernel then faults in one by one. For the 3-4 MB files a deploy reads from the bundle (the post heads, the
 * export's cache) that was 20-30 ms each in a new process, against 4-15 ms through the JDK's cached 64 KB buffer.
 */
public final class FileBytes {
    private static final int CHUNK = 1 << 16;

    private FileBytes() {
    }

    public static byte[] read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new IOException(file + " is too large to read into memory (" + size + " bytes)");
            }
            byte[] bytes = new byte[(int) size];
            ByteBuffer into = ByteBuffer.wrap(bytes);
            while (into.position() < bytes.length) {
                into.limit(Math.min(into.position() + CHUNK, bytes.length));
                if (channel.read(into) < 0) {
                    // Shorter than it was when we asked its size: what is there.
                    return Arrays.copyOf(bytes, into.position());
                }
            }
            // Longer than it was: read the rest too, as readAllBytes does.
            ByteBuffer one = ByteBuffer.allocate(1);
            if (channel.read(one) <= 0) {
                return bytes;
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream(bytes.length + CHUNK);
            all.write(bytes);
            all.write(one.array());
            ByteBuffer rest = ByteBuffer.allocate(CHUNK);
            while (channel.read(rest.clear()) > 0) {
                all.write(rest.array(), 0, rest.position());
            }
            return all.toByteArray();
        }
    }
}
