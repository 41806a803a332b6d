package dev.blogwright.logic.theme;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WCAG 2 contrast of an accent colour against the default theme's backgrounds, for text and links set in the
 * accent (4.5:1, level AA). A copied theme with other backgrounds is not measured: its author owns that.
 */
public final class Contrast {
    public static final double AA = 4.5;
    /** The default theme's light page, card and the accent-tinted tag background (white). */
    public static final List<String> LIGHT_BACKGROUNDS = List.of("#f7f7f8", "#ffffff");
    /** The default theme's dark page and card. */
    public static final List<String> DARK_BACKGROUNDS = List.of("#111114", "#1b1b20");
    /** The share of the accent in its soft tint (tags, quotes), mixed into the card's colour as style.css does. */
    static final double SOFT_SHARE = 0.12;
    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private Contrast() {
    }

    /** {@code #rrggbb} in lower case for {@code #rgb}, {@code rrggbb} or {@code #RRGGBB}; empty when not a colour. */
    public static Optional<String> normalize(String colour) {
        if (colour == null || !HEX.matcher(colour.strip()).matches()) {
            return Optional.empty();
        }
        String hex = colour.strip().replace("#", "").toLowerCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return Optional.of("#" + hex);
    }

    /** The contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
    public static double ratio(String a, String b) {
        double la = luminance(rgb(a));
        double lb = luminance(rgb(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The lowest ratio of {@code accent} against the light backgrounds, its own soft tint included. */
    public static double onLight(String accent) {
        return lowest(accent, LIGHT_BACKGROUNDS, "#ffffff");
    }

    /** The lowest ratio of {@code accent} against the dark backgrounds, its own soft tint included. */
    public static double onDark(String accent) {
        return lowest(accent, DARK_BACKGROUNDS, "#1b1b20");
    }

    private static double lowest(String accent, List<String> backgrounds, String card) {
        double min = ratio(accent, mix(accent, card, SOFT_SHARE));
        for (String bg : backgrounds) {
            min = Math.min(min, ratio(accent, bg));
        }
        return min;
    }

    /**
     * A dark-scheme partner for a light-scheme accent: the same hue mixed with white, step by step, until it
     * reads at 4.5:1 on the dark backgrounds. A light accent can rarely serve both schemes.
     */
    public static String darkPartner(String accent) {
        for (int step = 0; step <= 20; step++) {
            String candidate = mix("#ffffff", accent, step / 20.0);
            if (onDark(candidate) >= AA) {
                return candidate;
            }
        }
        return "#ffffff";
    }

    /** {@code share} of {@code a} mixed into {@code b} in sRGB, as CSS {@code color-mix(in srgb, …)} does. */
    static String mix(String a, String b, double share) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(x[i] * share + y[i] * (1 - share));
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", out[0], out[1], out[2]);
    }

    /** "4.5:1" with one decimal, rounded down so a shown 4.5 really passes. */
    public static String format(double ratio) {
        return String.format(Locale.ROOT, "%.1f:1", Math.floor(ratio * 10) / 10);
    }

    private static int[] rgb(String hex) {
        String h = normalize(hex).orElseThrow(() -> new IllegalArgumentException("not a colour: " + hex));
        return new int[] {Integer.parseInt(h.substring(1, 3), 16), Integer.parseInt(h.substring(3, 5), 16),
                Integer.parseInt(h.substring(5, 7), 16)};
    }

    private static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
