package dev.blogwright.logic.export.images;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a post body's {@code <img>} tags for the export: every image gets {@code loading} (lazy, except the
 * first one of a page without a featured image, which is above the fold) and {@code decoding="async"}; an image of
 * the assets folder also gets its {@code width}/{@code height} (no layout shift) and a {@code srcset} of its resized
 * copies, inside a {@code <picture>} with a WebP {@code <source>}. Works on the renderer's HTML, so the flexmark and
 * the direct renderer give the same page; URLs stay relative to the library ({@code assets/…}) for
 * {@code AssetLinks} to place.
 */
public final class ResponsiveImages {
    /** The widest the post column shows an image: {@code .post { max-width: 44rem }} at 16 px. */
    static final int COLUMN_PX = 704;
    /** The page's side margins on a narrow screen: {@code .wrap { width: 100% - 2.5rem }}. */
    private static final int MARGINS_PX = 40;
    private static final Pattern TAGS = Pattern.compile(
            "<img\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|<picture\\b|</picture\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

    private final Function<String, Optional<ImageFacts>> facts;
    private final boolean webp;

    /** {@code facts}: the facts of a file of the assets folder by its name; {@code webp}: whether copies exist. */
    public ResponsiveImages(Function<String, Optional<ImageFacts>> facts, boolean webp) {
        this.facts = facts;
        this.webp = webp;
    }

    /** The body with its images rewritten; {@code firstEager}: the first image is above the fold. */
    public String body(String html, boolean firstEager) {
        if (html == null || html.indexOf("<img") < 0 && html.indexOf("<IMG") < 0) {
            return html;
        }
        Matcher m = TAGS.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 512);
        int pictures = 0;
        boolean first = true;
        while (m.find()) {
            String tag = m.group();
            String replacement;
            if (tag.regionMatches(true, 0, "<picture", 0, 8)) {
                pictures++;
                replacement = tag;
            } else if (tag.regionMatches(true, 0, "</picture", 0, 9)) {
                pictures = Math.max(0, pictures - 1);
                replacement = tag;
            } else {
                // An author's own <picture> keeps its sources; its <img> still gets the loading hints.
                replacement = image(attributes(tag), first && firstEager, pictures == 0);
                first = false;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The featured image at the top of a post page, eager and fetched first; empty when {@code src} is not an image
     * of the assets folder that copies are made of (the theme then shows it as it always did).
     */
    public String featured(String src, String alt, String cssClass) {
        if (src == null || !src.startsWith("assets/") || facts.apply(src.substring(7)).isEmpty()) {
            return "";
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("class", escape(cssClass));
        attributes.put("src", escape(src));
        attributes.put("alt", escape(alt == null ? "" : alt));
        attributes.put("fetchpriority", "high");
        return image(attributes, true, true);
    }

    /**
     * The tag for an image with {@code attributes} as written (values HTML-escaped); {@code mayWrap}: not inside an
     * author's {@code <picture>}, so copies may be offered.
     */
    private String image(Map<String, String> attributes, boolean eager, boolean mayWrap) {
        String src = attributes.getOrDefault("src", "");
        Optional<ImageFacts> known = src.startsWith("assets/") ? facts.apply(fileName(src)) : Optional.empty();
        if (known.isPresent() && !attributes.containsKey("width") && !attributes.containsKey("height")) {
            attributes.put("width", String.valueOf(known.get().width()));
            attributes.put("height", String.valueOf(known.get().height()));
        }
        if (!eager) {
            attributes.putIfAbsent("loading", "lazy");
        }
        attributes.putIfAbsent("decoding", "async");
        if (known.isEmpty() || attributes.containsKey("srcset") || !mayWrap) {
            return tag("img", attributes);
        }
        ImageFacts f = known.get();
        String sizes = sizes(f);
        List<Integer> smaller = f.smallerWidths();
        if (!smaller.isEmpty()) {
            StringBuilder srcset = new StringBuilder();
            for (int w : smaller) {
                srcset.append("assets/").append(url(f.copyName(w, f.extension()))).append(' ').append(w).append("w, ");
            }
            srcset.append(src.replace(" ", "%20").replace(",", "%2C")).append(' ').append(f.width()).append('w');
            attributes.put("srcset", srcset.toString());
            attributes.put("sizes", sizes);
        }
        if (!webp) {
            return tag("img", attributes);
        }
        StringBuilder webpSet = new StringBuilder();
        for (int w : f.webpWidths()) {
            if (webpSet.length() > 0) {
                webpSet.append(", ");
            }
            webpSet.append("assets/").append(url(f.copyName(w, "webp"))).append(' ').append(w).append('w');
        }
        Map<String, String> source = new LinkedHashMap<>();
        source.put("type", "image/webp");
        source.put("srcset", webpSet.toString());
        source.put("sizes", sizes);
        return "<picture>" + tag("source", source) + tag("img", attributes) + "</picture>";
    }

    /** As wide as the column, or the image when it is narrower, less the margins on a small screen. */
    private static String sizes(ImageFacts f) {
        int shown = Math.min(f.width(), COLUMN_PX);
        return "(max-width: " + (shown + MARGINS_PX) + "px) calc(100vw - 2.5rem), " + shown + "px";
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
        Matcher a = ATTRIBUTE.matcher(tag.substring(4, end));
        while (a.find()) {
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3).replace("\"", "&quot;")
                    : a.group(4) != null ? a.group(4) : null;
            attributes.putIfAbsent(a.group(1).toLowerCase(Locale.ROOT), value);
        }
        return attributes;
    }

    private static String tag(String name, Map<String, String> attributes) {
        StringBuilder out = new StringBuilder("<").append(name);
        attributes.forEach((k, v) -> {
            out.append(' ').append(k);
            if (v != null) {
                out.append("=\"").append(v).append('"');
            }
        });
        return out.append('>').toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The file name inside the assets folder that {@code src} (HTML-escaped, maybe percent-encoded) names. */
    private static String fileName(String src) {
        String name = unescape(src.substring("assets/".length()));
        int end = name.length();
        for (char c : new char[] {'?', '#'}) {
            int at = name.indexOf(c);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        try {
            return URLDecoder.decode(name.substring(0, end).replace("+", "%2B"),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** A URL as a srcset candidate takes it: spaces and commas would split the list. */
    private static String url(String text) {
        return escape(text).replace(" ", "%20").replace(",", "%2C");
    }

    private static String unescape(String text) {
        return text.indexOf('&') < 0 ? text : text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
