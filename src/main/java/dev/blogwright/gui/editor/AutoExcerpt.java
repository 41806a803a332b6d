package dev.blogwright.gui.editor;

/**
 * The automatic excerpt shown as the excerpt field's placeholder: the first paragraph that is prose, stripped
 * of the commonest Markdown marks. A stand-in until the logic layer's excerpt function is wired in.
 */
final class AutoExcerpt {
    static final int MAX = 200;

    private AutoExcerpt() {
    }

    static String of(String markdown) {
        boolean inFence = false;
        StringBuilder para = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            boolean skip = inFence || t.startsWith("#") || t.startsWith("![") || t.startsWith("|")
                    || t.startsWith("---") || t.startsWith("<");
            if (t.isEmpty() || skip) {
                if (para.length() > 0) {
                    break;
                }
                continue;
            }
            para.append(para.length() > 0 ? " " : "").append(t);
        }
        String plain = para.toString().replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("[*_`>]+", "").replaceAll("\\s+", " ").strip();
        if (plain.length() <= MAX) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', MAX);
        return plain.substring(0, cut > MAX / 2 ? cut : MAX) + "…";
    }
}
