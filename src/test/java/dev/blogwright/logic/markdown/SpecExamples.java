package dev.blogwright.logic.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the examples of the CommonMark spec text shipped in commonmark-test-util ({@code /spec.txt}). */
final class SpecExamples {
    private static final String FENCE = "````````````````````````````````";

    record Example(int number, String section, String markdown, String html) {
    }

    private SpecExamples() {
    }

    static List<Example> load() {
        try (InputStream in = SpecExamples.class.getResourceAsStream("/spec.txt")) {
            if (in == null) {
                throw new IllegalStateException("spec.txt not on the test class path (commonmark-test-util)");
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
        for (String line : spec.split("\n", -1)) {
            if (markdown == null) {
                if (line.startsWith(FENCE + " example")) {
                    markdown = new StringBuilder();
                } else if (line.startsWith("#")) {
                    section = line.replaceFirst("^#+\\s*", "");
                }
            } else if (html == null && line.equals(".")) {
                html = new StringBuilder();
            } else if (line.equals(FENCE)) {
                examples.add(new Example(examples.size() + 1, section, tabs(markdown), tabs(html)));
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
