package dev.blogwright.logic.theme;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

/**
 * The icons a site offers browsers and phones, made from one image: {@code favicon.ico} (16, 32 and 48 pixels),
 * PNGs of 32 and 192 pixels and the 180-pixel {@code apple-touch-icon.png}. A picture that is not square is cut
 * to its centre square. Thumbnailator does the resizing (progressive bilinear, sharp at 16 pixels too).
 */
public final class FaviconSet {
    public static final List<Integer> ICO_SIZES = List.of(16, 32, 48);
    /** Bundle paths and edges of the PNG icons; the apple-touch icon sits at the root, where iOS asks first. */
    public static final Map<String, Integer> PNGS = pngs();

    private FaviconSet() {
    }

    private static Map<String, Integer> pngs() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("assets/icon-32.png", 32);
        m.put("assets/icon-192.png", 192);
        m.put("apple-touch-icon.png", 180);
        return Collections.unmodifiableMap(m);
    }

    /** Every file of the set by its bundle path, {@code favicon.ico} included. */
    public static Map<String, byte[]> make(byte[] source) throws IOException {
        BufferedImage image = read(source);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<IcoFile.Image> icoImages = new ArrayList<>();
        for (int size : ICO_SIZES) {
            icoImages.add(new IcoFile.Image(size, png(image, size)));
        }
        files.put("favicon.ico", IcoFile.write(icoImages));
        for (Map.Entry<String, Integer> e : PNGS.entrySet()) {
            files.put(e.getKey(), png(image, e.getValue()));
        }
        return files;
    }

    /** The picture in {@code bytes}, or a one-line reason it cannot serve as an icon. */
    public static BufferedImage read(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IllegalArgumentException("The favicon must be a PNG, JPEG, GIF or BMP picture");
        }
        if (image.getWidth() < 16 || image.getHeight() < 16) {
            throw new IllegalArgumentException("The favicon picture is " + image.getWidth() + "x" + image.getHeight()
                    + " pixels; it needs at least 16x16 (192x192 or more looks best)");
        }
        return image;
    }

    private static byte[] png(BufferedImage image, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.of(image).size(size, size).crop(Positions.CENTER).imageType(BufferedImage.TYPE_INT_ARGB)
                .outputFormat("png").toOutputStream(out);
        return out.toByteArray();
    }
}
