package dev.blogwright.logic.export.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The size of an image as it is shown, read from its header without decoding its pixels. A phone stores a photo
 * taken upright as the sensor saw it, sideways, with an EXIF Orientation tag (6: turn 90° clockwise); browsers and
 * Thumbnailator turn it when they show or read it, so its width and height are the stored ones swapped for the
 * orientations 5–8. The tag is read by Thumbnailator's own EXIF reader, so our sizes are those of the copies it
 * makes.
 */
record ImageHeader(int width, int height, int orientation) {
    /** EXIF's "as stored": row 0 at the top, column 0 on the left. */
    static final int UPRIGHT = 1;
    static final ImageHeader UNREADABLE = new ImageHeader(0, 0, UPRIGHT);
    private static final Logger LOG = LoggerFactory.getLogger(ImageHeader.class);

    /** Whether the stored pixels are turned or mirrored, so only a reader that honours EXIF shows them right. */
    boolean turned() {
        return orientation != UPRIGHT;
    }

    /**
     * The header of {@code file}; {@link #UNREADABLE} (0 × 0) when no ImageIO reader knows it. The EXIF
     * orientation is looked for in JPEGs only, the one format whose readers here (ImageIO's, Thumbnailator's)
     * honour it.
     */
    static ImageHeader read(Path file, boolean jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return UNREADABLE;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return UNREADABLE;
            }
            ImageReader reader = readers.next();
            try {
                // A JPEG's metadata is its markers, APP1 (EXIF) among them; other formats skip it, as before.
                reader.setInput(in, true, !jpeg);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int orientation = jpeg ? orientation(reader, file) : UPRIGHT;
                boolean quarterTurn = orientation >= 5 && orientation <= 8;
                return quarterTurn ? new ImageHeader(height, width, orientation)
                        : new ImageHeader(width, height, orientation);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The EXIF orientation (1–8), or {@link #UPRIGHT} when the JPEG has none or an unreadable one. */
    private static int orientation(ImageReader reader, Path file) {
        try {
            Orientation o = ExifUtils.getExifOrientation(reader, 0);
            return o == null ? UPRIGHT : o.ordinal() + 1;
        } catch (IOException | RuntimeException e) {
            // Thumbnailator reads the same tag the same way when it makes the copies, so it shows the image as stored.
            LOG.debug("EXIF orientation of {} unreadable; taken as upright", file, e);
            return UPRIGHT;
        }
    }
}
