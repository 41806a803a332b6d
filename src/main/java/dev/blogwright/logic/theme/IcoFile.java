package dev.blogwright.logic.theme;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Writes a Windows icon ({@code favicon.ico}) whose images are PNG files, as Windows Vista and every browser since
 * read them. The container is a 6-byte header and a 16-byte entry per image (little-endian), then the images; the
 * Java image libraries at hand read ICO files but none writes them, and this is all the format needs.
 */
public final class IcoFile {
    private static final int HEADER = 6;
    private static final int ENTRY = 16;

    private IcoFile() {
    }

    /** One image of the icon: its edge in pixels (1–256) and its PNG bytes (32-bit RGBA). */
    public record Image(int size, byte[] png) {
        public Image {
            if (size < 1 || size > 256) {
                throw new IllegalArgumentException("An icon image is 1 to 256 pixels wide, not " + size);
            }
        }
    }

    public static byte[] write(List<Image> images) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("An icon needs at least one image");
        }
        ByteBuffer head = ByteBuffer.allocate(HEADER + ENTRY * images.size()).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0); // reserved
        head.putShort((short) 1); // 1: icon (2 would be a cursor)
        head.putShort((short) images.size());
        int offset = HEADER + ENTRY * images.size();
        for (Image image : images) {
            // A width or height of 256 is written as 0.
            head.put((byte) (image.size() == 256 ? 0 : image.size()));
            head.put((byte) (image.size() == 256 ? 0 : image.size()));
            head.put((byte) 0); // no palette
            head.put((byte) 0); // reserved
            head.putShort((short) 1); // colour planes
            head.putShort((short) 32); // bits per pixel
            head.putInt(image.png().length);
            head.putInt(offset);
            offset += image.png().length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(offset);
        out.writeBytes(head.array());
        images.forEach(i -> out.writeBytes(i.png()));
        return out.toByteArray();
    }
}
