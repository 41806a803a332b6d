package dev.blogwright.logic.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the examples of the spec texts shipped in commonmark-test-util: CommonMark's ({@code /spec.txt}) and
 * GitHub's ({@code /gfm-spec.txt}), whose extension examples name their extension after "example".
 */
final class SpecExamples {
    private static final String FENCE = "````````````````````````````````";

    /** @param extension the GFM extension the example shows ({@code table}, {@code autolink} …), "" for core */
    record Example(int number, String section, String extension, String markdown, String html) {
    }

    private SpecExamples() {
    }

    static List<Example> load() {
        return load("/spec.txt");
    }

    /** The examples of GitHub Flavored Markdown's spec, core and extensions. */
    static List<Example> loadGfm() {
        return load("/gfm-spec.txt");
    }

    private static List<Example> load(String resource) {
        try (InputStream in = SpecExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the test class path (commonmark-test-util)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Examples sit between "```… example" and "```…" fences, Markdown and HTML split by a line holding ".". */
    static List<Example> parse(String spec) {
        List<Example> examples = new ArrayList<>();
        String section = "";
        StringBuilder markdown = null;
        StringBuilder html = null;
        String extension = "";
        for (String line : spec.split("\n", -1)) {
            if (markdown == null) {
                if (line.startsWith(FENCE + " example")) {
                    markdown = new StringBuilder();
                    extension = line.substring((FENCE + " example").length()).strip();
                } else if (line.startsWith("#")) {
                    section = line.replaceFirst("^#+\\s*", "");
                }
            } else if (html == null && line.equals(".")) {
                html = new StringBuilder();
            } else if (line.equals(FENCE)) {
                examples.add(new Example(examples.size() + 1, section, extension, tabs(markdown), tabs(html)));
                markdown = null;
                html = null;
            } else {
                (html == null ? markdown : html).append(line).append('\n');
            }
        }
        return examples;
    }

    /** The spec shows tabs as "→" so they are visible; the real input has tab characters. */
    private static String tabs(StringBuilder text) {
        return text.toString().replace('\u2192', '\t');
    }
}
