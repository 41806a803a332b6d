package dev.blogwright.logic.sync.text;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * One post's file: front matter (as plain sorted maps) and the Markdown body, byte for byte as written. The file is
 * {@code ---\n<yaml>---\n<body>}; the body is not touched, not even its last line end.
 */
public record PostFile(Map<String, Object> frontMatter, String body) {
    private static final String FENCE = "---\n";

    public PostFile {
        frontMatter = new TreeMap<>(frontMatter);
        body = body == null ? "" : body;
    }

    public byte[] bytes() {
        return (FENCE + TextYaml.write(frontMatter) + FENCE + body).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a file this class wrote (or a hand-written one with the same fences). */
    public static PostFile parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String normalised = text.startsWith("---\r\n") ? FENCE + text.substring(5) : text;
        if (!normalised.startsWith(FENCE)) {
            return new PostFile(Map.of(), text);
        }
        int end = normalised.indexOf("\n---\n", FENCE.length() - 1);
        int endCr = normalised.indexOf("\n---\r\n", FENCE.length() - 1);
        if (end < 0 && endCr < 0) {
            throw new IllegalArgumentException("the front matter has no closing '---' line");
        }
        boolean cr = end < 0 || (endCr >= 0 && endCr < end);
        int at = cr ? endCr : end;
        String yaml = normalised.substring(FENCE.length(), at + 1);
        String body = normalised.substring(at + (cr ? 6 : 5));
        return new PostFile(TextYaml.read(yaml), body);
    }

    /** The {@code blogwright:} map of the front matter (empty when absent). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> own() {
        Object m = frontMatter.get(PostFields.OWN);
        return m instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
