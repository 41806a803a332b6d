package dev.blogwright.logic.post;

import dev.blogwright.logic.LibraryException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Slug rules: ASCII only ("Café Ünïcode" → cafe-unicode), symbols and emoji dropped, unique with -2, -3 …,
 * and never anything that could form a path.
 */
public final class Slugs {
    public static final int MAX_LENGTH = 80;
    private static final String FALLBACK = "post";
    private static final Pattern WINDOWS_DEVICE =
            Pattern.compile("con|prn|aux|nul|com[1-9]|lpt[1-9]");
    /** Letters that do not decompose into a base letter plus accents. */
    private static final Map<Integer, String> SPECIAL = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "ae"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "oe"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "l"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "d"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'Þ', "th"), Map.entry((int) 'ı', "i"));

    private Slugs() {
    }

    /** A slug made from any text; never empty. */
    public static String slugify(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        boolean pendingDash = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            String piece = SPECIAL.get(cp);
            if (piece == null && cp < 128 && Character.isLetterOrDigit(cp)) {
                piece = String.valueOf((char) Character.toLowerCase(cp));
            }
            if (piece != null) {
                if (pendingDash && out.length() > 0) {
                    out.append('-');
                }
                pendingDash = false;
                out.append(piece);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                pendingDash = true;
            }
            if (out.length() >= MAX_LENGTH) {
                break;
            }
        }
        String slug = out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH) : out.toString();
        slug = slug.replaceAll("-+$", "");
        // A folder named con, aux, nul … cannot exist on Windows, so the export refuses it; keep it out of slugs.
        if (WINDOWS_DEVICE.matcher(slug).matches()) {
            slug = slug + "-1";
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /**
     * A slug the user or an import asked for, cleaned to the slug alphabet. Input that tries to form a path is
     * refused rather than cleaned, so the user learns why.
     */
    public static String fromRequested(String requested) {
        if (requested.contains("..") || requested.contains("/") || requested.contains("\\")
                || requested.indexOf('\0') >= 0) {
            throw new LibraryException("A slug cannot contain '..', '/', '\\' or NUL: " + printable(requested));
        }
        return slugify(requested.toLowerCase(Locale.ROOT));
    }

    /** True for a slug that is safe to use as one path segment. */
    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH + 8 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** {@code base}, else {@code base-2}, {@code base-3} … the first that {@code taken} says is free. */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private static String printable(String s) {
        String shown = s.replace("\0", "\\0");
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
