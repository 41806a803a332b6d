package dev.blogwright.logic.export.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Post bodies point at images as {@code assets/<fileName>}, relative to the library. The export and the live
 * preview rewrite those links to where the page sits: {@code ../../assets/x.png} on a post page, a
 * {@code file:} URL of the assets folder in the preview, the base URL in feeds.
 */
public final class AssetLinks {
    private static final Pattern LINK =
            Pattern.compile("(\\s(?:src|href|poster)\\s*=\\s*)([\"'])assets/([^\"'#?]+)");

    /** A srcset attribute (written with double quotes, as the export's responsive images write it). */
    private static final Pattern SRCSET = Pattern.compile("(\\ssrcset\\s*=\\s*\")([^\"]*)\"");
    private static final Pattern CANDIDATE = Pattern.compile("(^|,\\s*)assets/");

    private AssetLinks() {
    }

    /** Prefixes every {@code src}/{@code href} starting with {@code assets/} by {@code prefix}. */
    public static String rewrite(String html, String prefix) {
        if (html == null || html.indexOf("assets/") < 0) {
            return html;
        }
        String safePrefix = prefix.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;");
        Matcher m = LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + m.group(2) + safePrefix + "assets/" + m.group(3)));
        }
        m.appendTail(out);
        return out.indexOf("srcset") < 0 ? out.toString() : rewriteSrcsets(out.toString(), safePrefix);
    }

    /** Prefixes every candidate URL starting with {@code assets/} of every srcset. */
    private static String rewriteSrcsets(String html, String safePrefix) {
        Matcher m = SRCSET.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            String candidates = CANDIDATE.matcher(m.group(2))
                    .replaceAll(c -> Matcher.quoteReplacement(c.group(1) + safePrefix + "assets/"));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + candidates + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The file names (inside the assets folder) the HTML refers to, sorted. */
    public static Set<String> referencedFiles(String html) {
        Set<String> names = new TreeSet<>();
        // Every match holds "assets/"; without it the regex would still try a match at each white space of the
        // page (8 % of a full export's CPU in a profile, for the two thirds of posts that show no image).
        if (html == null || html.indexOf("assets/") < 0) {
            return names;
        }
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            names.add(decode(m.group(3)));
        }
        return names;
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
