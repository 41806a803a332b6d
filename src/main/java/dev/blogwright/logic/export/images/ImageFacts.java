package dev.blogwright.logic.export.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A raster image of the assets folder as the export offers it: its name there, a key of its content (its SHA-256,
 * or the prefix of it that a content-addressed name already carries), its pixel size and which resized copies
 * exist for it. Copies are never wider than the original.
 */
public record ImageFacts(String name, String key, int width, int height) {
    /** The widths of the resized copies, for phones, tablets and wide screens (1x and 2x). */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    /** The width of the copy social networks show (Open Graph, Twitter cards ask for 1200 px). */
    public static final int SOCIAL_WIDTH = 1200;

    /** The widths below the original's, each of which gets a copy in the original format. */
    public List<Integer> smallerWidths() {
        List<Integer> widths = new ArrayList<>(WIDTHS.size());
        for (int w : WIDTHS) {
            if (w < width) {
                widths.add(w);
            }
        }
        return widths;
    }

    /** The widths of the WebP copies: the smaller ones plus the original's own. */
    public List<Integer> webpWidths() {
        List<Integer> widths = new ArrayList<>(smallerWidths());
        widths.add(width);
        return widths;
    }

    /** The file extension of the original, lower case, as its copies keep it ("jpg", "jpeg", "png"). */
    public String extension() {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** The ImageIO format name the copies in the original format are written in. */
    public String formatName() {
        return extension().equals("png") ? "png" : "jpg";
    }

    public String mimeType() {
        return extension().equals("png") ? "image/png" : "image/jpeg";
    }

    /** The name (inside the assets folder) of the copy {@code width} pixels wide with extension {@code ext}. */
    public String copyName(int copyWidth, String ext) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "-" + copyWidth + "w." + ext;
    }

    /** The name of the copy in the original format {@code width} wide: the original itself at its own width. */
    public String sameFormatName(int copyWidth) {
        return copyWidth >= width ? name : copyName(copyWidth, extension());
    }

    /** The height of a copy {@code width} pixels wide, keeping the aspect ratio. */
    public int heightAt(int copyWidth) {
        return Math.max(1, (int) Math.round((double) height * copyWidth / width));
    }

    /** The width of the copy social cards point at: 1200, or the original's when it is narrower. */
    public int socialWidth() {
        return Math.min(SOCIAL_WIDTH, width);
    }
}
