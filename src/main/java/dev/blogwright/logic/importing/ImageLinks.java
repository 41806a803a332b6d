package dev.blogwright.logic.importing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the images a post body references by relative path (Markdown or {@code <img src>}) and rewrites them. */
final class ImageLinks {
    private static final Pattern MARKDOWN = Pattern.compile("(!\\[[^\\]]*\\]\\(\\s*<?)([^)\\s>]+)(>?(?:\\s+\"[^\"]*\")?\\s*\\))");
    private static final Pattern HTML = Pattern.compile("(<img\\b[^>]*?\\bsrc\\s*=\\s*[\"'])([^\"']+)([\"'])",
            Pattern.CASE_INSENSITIVE);

    private ImageLinks() {
    }

    /** Every distinct relative reference, in order of appearance. */
    static Set<String> relativeReferences(String body) {
        Set<String> refs = new LinkedHashSet<>();
        collect(body, MARKDOWN, body.indexOf("!["), refs);
        collect(body, HTML, body.indexOf('<'), refs);
        return refs;
    }

    /**
     * Adds the relative references {@code p} finds from {@code first}, where the text its matches start with
     * first occurs: no match starts earlier, so most bodies (no images, no HTML) are never scanned by the regex.
     */
    private static void collect(String body, Pattern p, int first, Set<String> refs) {
        if (first < 0) {
            return;
        }
        Matcher m = p.matcher(body);
        for (boolean found = m.find(first); found; found = m.find()) {
            if (isRelative(m.group(2))) {
                refs.add(m.group(2));
            }
        }
    }

    static boolean isRelative(String ref) {
        if (ref.isBlank() || ref.startsWith("/") || ref.startsWith("#") || ref.startsWith("\\") || ref.contains("{{")) {
            return false;
        }
        try {
            return URI.create(ref.replace(" ", "%20")).getScheme() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The file a reference points to beside {@code postFile}, if it exists and stays inside {@code root}. */
    static Optional<Path> resolve(String ref, Path postFile, Path root) {
        try {
            String plain = URLDecoder.decode(ref.replace("+", "%2B"), StandardCharsets.UTF_8);
            int cut = plain.indexOf('?');
            plain = cut >= 0 ? plain.substring(0, cut) : plain;
            Path file = postFile.getParent().resolve(plain).normalize();
            // Real paths, so a symbolic link inside the site cannot pull in a file from elsewhere on the disk.
            if (file.startsWith(root.normalize()) && Files.isRegularFile(file)
                    && file.toRealPath().startsWith(root.toRealPath())) {
                return Optional.of(file);
            }
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Replaces each reference found in {@code replacements} in both Markdown and HTML image syntax. */
    static String rewrite(String body, Map<String, String> replacements) {
        if (replacements.isEmpty()) {
            // Nothing to swap: every match would be written back as it was, after a regex pass over the body.
            return body;
        }
        String out = body;
        for (Pattern p : new Pattern[] {MARKDOWN, HTML}) {
            out = replace(out, p, ref -> replacements.getOrDefault(ref, ref));
        }
        return out;
    }

    private static String replace(String body, Pattern p, Function<String, String> newRef) {
        Matcher m = p.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + newRef.apply(m.group(2)) + m.group(3)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
