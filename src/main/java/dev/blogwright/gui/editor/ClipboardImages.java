package dev.blogwright.gui.editor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritablePixelFormat;
import javax.imageio.ImageIO;

/** A bitmap from the clipboard as a PNG file, so it enters the library like any dropped image. */
final class ClipboardImages {
    private ClipboardImages() {
    }

    static Path toTempPng(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        if (reader == null || w <= 0 || h <= 0) {
            throw new IllegalArgumentException("The clipboard image cannot be read.");
        }
        int[] argb = new int[w * h];
        reader.getPixels(0, 0, w, h, WritablePixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        try {
            Path file = Files.createTempFile("pasted-image-", ".png");
            file.toFile().deleteOnExit();
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The pasted image could not be written to a temporary file.", e);
        }
    }
}
