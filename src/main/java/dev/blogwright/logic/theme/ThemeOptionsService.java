package dev.blogwright.logic.theme;

import dev.blogwright.logic.settings.SettingsRepository;
import dev.blogwright.model.ThemeOptions;
import dev.blogwright.model.ThemeOptions.Font;
import dev.blogwright.model.ThemeOptions.HeaderLayout;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads, checks and writes {@link ThemeOptions} under the {@code theme.*} keys of the settings table (no schema
 * change; a library without them has the defaults). The same key names serve the command line.
 */
public final class ThemeOptionsService implements ThemeSettings {
    /** The option names as {@code blogwright theme set} takes them; stored as {@code theme.<name>}. */
    public static final List<String> KEYS = List.of("logo", "favicon", "accent", "accent-dark", "font", "header",
            "footer", "social-image");
    private static final String PREFIX = "theme.";
    private final SettingsRepository repo;

    public ThemeOptionsService(SettingsRepository repo) {
        this.repo = repo;
    }

    @Override
    public ThemeOptions load() {
        return fromMap(repo.all());
    }

    /** Saves {@code options} after {@link #check checking} them. */
    @Override
    public void save(ThemeOptions options) {
        check(options);
        repo.putAll(toMap(options));
    }

    /** Options from {@code theme.*} keys; values that no longer parse fall back to the default, not fail. */
    public static ThemeOptions fromMap(Map<String, String> v) {
        ThemeOptions d = ThemeOptions.defaults();
        return new ThemeOptions(v.get(PREFIX + "logo"), v.get(PREFIX + "favicon"), v.get(PREFIX + "accent"),
                v.get(PREFIX + "accent-dark"), parse(v.get(PREFIX + "font"), Font::fromKey, d.font()),
                parse(v.get(PREFIX + "header"), HeaderLayout::fromKey, d.header()), v.get(PREFIX + "footer"),
                v.get(PREFIX + "social-image"));
    }

    public static Map<String, String> toMap(ThemeOptions o) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String key : KEYS) {
            v.put(PREFIX + key, value(o, key));
        }
        return v;
    }

    /** The value of option {@code key} as the command line shows it. */
    public static String value(ThemeOptions o, String key) {
        return switch (key) {
            case "logo" -> o.logo();
            case "favicon" -> o.favicon();
            case "accent" -> o.accent();
            case "accent-dark" -> o.accentDark();
            case "font" -> o.font().key();
            case "header" -> o.header().key();
            case "footer" -> o.footerText();
            case "social-image" -> o.socialImage();
            default -> throw unknown(key);
        };
    }

    /**
     * {@code o} with option {@code key} set to {@code value} (empty: back to the default), checked.
     *
     * @throws IllegalArgumentException with a one-line reason for an unknown key or a value that cannot be used
     */
    public static ThemeOptions with(ThemeOptions o, String key, String value) {
        String v = value == null ? "" : value.strip();
        ThemeOptions changed = switch (key) {
            case "logo" -> o.withLogo(v);
            case "favicon" -> o.withFavicon(v);
            case "accent" -> o.withAccent(colour(v, "accent"), o.accentDark());
            case "accent-dark" -> o.withAccent(o.accent(), colour(v, "accent-dark"));
            case "font" -> o.withFont(v.isEmpty() ? Font.SYSTEM : choice(v, Font::fromKey, Font.values(), "font"));
            case "header" -> o.withHeader(v.isEmpty() ? HeaderLayout.LEFT
                    : choice(v, HeaderLayout::fromKey, HeaderLayout.values(), "header"));
            case "footer" -> o.withFooterText(v);
            case "social-image" -> o.withSocialImage(v);
            default -> throw unknown(key);
        };
        check(changed);
        return changed;
    }

    /**
     * Refuses options a page could not use: an accent that reads below 4.5:1 on the theme's backgrounds (the
     * message gives the ratio), an image that is not a library asset, a footer of more than one line.
     */
    public static void check(ThemeOptions o) {
        if (!o.accent().isEmpty()) {
            double ratio = Contrast.onLight(colour(o.accent(), "accent"));
            if (ratio < Contrast.AA) {
                throw new IllegalArgumentException("The accent " + o.accent() + " has a contrast of only "
                        + Contrast.format(ratio) + " on the light background; links need 4.5:1 (pick a darker colour)");
            }
        }
        if (!o.accentDark().isEmpty()) {
            double ratio = Contrast.onDark(colour(o.accentDark(), "accent-dark"));
            if (ratio < Contrast.AA) {
                throw new IllegalArgumentException("The dark accent " + o.accentDark() + " has a contrast of only "
                        + Contrast.format(ratio) + " on the dark background; links need 4.5:1 (pick a lighter colour)");
            }
        }
        for (String ref : Arrays.asList(o.logo(), o.favicon(), o.socialImage())) {
            if (!ref.isEmpty() && (!ref.startsWith("assets/") || ref.contains("..") || ref.contains("\\")
                    || ref.indexOf('/', "assets/".length()) >= 0)) {
                throw new IllegalArgumentException("'" + ref + "' is not an image of the library (assets/<name>)");
            }
        }
        if (o.footerText().contains("\n") || o.footerText().length() > 500) {
            throw new IllegalArgumentException("The footer text is one line of at most 500 characters");
        }
    }

    private static String colour(String v, String key) {
        if (v.isEmpty()) {
            return "";
        }
        return Contrast.normalize(v).orElseThrow(() -> new IllegalArgumentException(
                "The " + key + " must be a colour like #4f46e5, not '" + v + "'"));
    }

    private static <E extends Enum<E>> E choice(String v, Function<String, E> parse, E[] all,
                                                String key) {
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The " + key + " must be one of "
                    + String.join(", ", Arrays.stream(all).map(x -> x.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private static <E> E parse(String v, Function<String, E> parse, E fallback) {
        try {
            return v == null || v.isBlank() ? fallback : parse.apply(v);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static IllegalArgumentException unknown(String key) {
        return new IllegalArgumentException("Unknown theme option '" + key + "'; the options are "
                + String.join(", ", KEYS));
    }
}
