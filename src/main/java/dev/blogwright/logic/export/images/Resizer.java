package dev.blogwright.logic.export.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import net.coobird.thumbnailator.Thumbnails;

/**
 * One original image, decoded once (turned as its EXIF orientation says), and its copies at other widths through
 * Thumbnailator.
 */
final class Resizer {
    private final BufferedImage image;

    private Resizer(BufferedImage image) {
        this.image = image;
    }

    static Resizer read(Path file) throws IOException {
        return new Resizer(Thumbnails.of(file.toFile()).scale(1.0).asBufferedImage());
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    /** The image {@code width} pixels wide (never wider than it is), aspect ratio kept. */
    BufferedImage resized(int width) throws IOException {
        if (width >= image.getWidth()) {
            return image;
        }
        return Thumbnails.of(image).width(width).asBufferedImage();
    }

    /** The image {@code width} wide, encoded as {@code format} ("jpg" at {@code quality}, or "png"). */
    byte[] encoded(int width, String format, float quality) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var builder = Thumbnails.of(image).width(Math.min(width, image.getWidth())).outputFormat(format);
        if (format.equals("jpg")) {
            builder.outputQuality(quality);
        }
        builder.toOutputStream(out);
        return out.toByteArray();
    }
}
