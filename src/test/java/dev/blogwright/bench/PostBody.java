package dev.blogwright.bench;

import java.util.Random;

/**
 * Builds one post body: headings, paragraphs with emphasis, links and inline code, lists, one fenced code block,
 * one table, and sometimes an image and a footnote. Counts the prose words it writes to reach the target.
 */
final class PostBody {
    private final Random rnd;
    private final int index;
    private final StringBuilder out = new StringBuilder(10_000);
    private int words;

    PostBody(Random rnd, int index) {
        this.rnd = rnd;
        this.index = index;
    }

    String build(int targetWords) {
        boolean footnote = rnd.nextInt(100) < 30;
        boolean image = rnd.nextInt(100) < 35;
        paragraph(40 + rnd.nextInt(50), false);
        int section = 0;
        while (words < targetWords) {
            section++;
            out.append("## ").append(heading()).append("\n\n");
            paragraph(50 + rnd.nextInt(70), footnote && section == 1);
            switch (section % 5) {
                case 1 -> list(false);
                case 2 -> codeBlock();
                case 3 -> table();
                case 4 -> list(true);
                default -> quote();
            }
            if (image && section == 2) {
                out.append("![").append(Words.longWord(rnd)).append(" photo](/images/photo-")
                        .append(index % 97).append(".jpg)\n\n");
            }
            if (words < targetWords) {
                paragraph(40 + rnd.nextInt(80), false);
            }
        }
        if (section < 3) {
            table();
        }
        if (section < 2) {
            codeBlock();
        }
        if (footnote) {
            out.append("[^1]: ").append(sentence(8 + rnd.nextInt(10))).append("\n");
        }
        return out.toString();
    }

    private String heading() {
        String w = Words.longWord(rnd);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + " " + Words.word(rnd) + " " + Words.longWord(rnd);
    }

    private void paragraph(int n, boolean withFootnote) {
        int written = 0;
        while (written < n) {
            int len = 6 + rnd.nextInt(14);
            out.append(sentence(len)).append(' ');
            written += len;
        }
        if (withFootnote) {
            out.append("See the note.[^1]");
        }
        out.append("\n\n");
        words += written;
    }

    /** A sentence of {@code n} words with, now and then, emphasis, strong text, a link or inline code. */
    private String sentence(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = Words.word(rnd);
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            } else {
                s.append(' ');
            }
            int roll = rnd.nextInt(100);
            if (roll < 3) {
                s.append('*').append(w).append('*');
            } else if (roll < 5) {
                s.append("**").append(w).append("**");
            } else if (roll < 6) {
                s.append('[').append(w).append("](https://example.org/").append(Words.longWord(rnd)).append(')');
            } else if (roll < 7) {
                s.append('`').append(w).append("()`");
            } else {
                s.append(w);
            }
        }
        return s.append('.').toString();
    }

    private void list(boolean ordered) {
        int n = 3 + rnd.nextInt(4);
        for (int i = 1; i <= n; i++) {
            int len = 4 + rnd.nextInt(8);
            out.append(ordered ? i + ". " : "- ").append(sentence(len)).append('\n');
            words += len;
        }
        out.append('\n');
    }

    private void codeBlock() {
        String fn = Words.longWord(rnd);
        out.append("```java\n")
                .append("public int ").append(fn).append("(int[] values) {\n")
                .append("    int total = 0;\n")
                .append("    for (int v : values) {\n")
                .append("        total += v * ").append(1 + rnd.nextInt(9)).append(";\n")
                .append("    }\n")
                .append("    return total; // ").append(Words.word(rnd)).append(' ').append(Words.word(rnd)).append('\n')
                .append("}\n```\n\n");
    }

    private void table() {
        out.append("| Item | Count | Note |\n|------|------:|------|\n");
        int rows = 3 + rnd.nextInt(4);
        for (int i = 0; i < rows; i++) {
            out.append("| ").append(Words.longWord(rnd)).append(" | ").append(rnd.nextInt(1000)).append(" | ")
                    .append(Words.word(rnd)).append(' ').append(Words.word(rnd)).append(" |\n");
            words += 4;
        }
        out.append('\n');
    }

    private void quote() {
        int len = 10 + rnd.nextInt(15);
        out.append("> ").append(sentence(len)).append("\n\n");
        words += len;
    }
}
