package dev.blogwright.logic.importing.ghost;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Ghost mobiledoc document (Ghost 1–4) as Markdown: every section in order — markup sections (paragraphs,
 * headings, quotes) with their markers and atoms, list sections, image sections and card sections.
 * Format: https://github.com/bustle/mobiledoc-kit/blob/master/MOBILEDOC.md (version 0.3).
 */
public final class GhostMobiledoc {
    private static final int MARKUP_SECTION = 1;
    private static final int IMAGE_SECTION = 2;
    private static final int LIST_SECTION = 3;
    private static final int CARD_SECTION = 10;
    private static final int TEXT_MARKER = 0;

    private final GhostCards cards;

    public GhostMobiledoc(FlexmarkHtmlConverter html2md) {
        this.cards = new GhostCards(html2md);
    }

    /** The document's Markdown; {@code notes} gets what the import report should say about it. */
    public String markdown(JsonNode doc, List<String> notes) {
        List<String> blocks = new ArrayList<>();
        for (JsonNode section : doc.path("sections")) {
            blocks.add(section(section, doc, notes));
        }
        if (doc.path("sections").isEmpty()) {
            // Hand-made and very old documents list cards without sections placing them: take them in order.
            for (JsonNode card : doc.path("cards")) {
                blocks.add(cards.markdown(card.path(0).asText(""), card.path(1), notes));
            }
        }
        return GhostCards.join(blocks.toArray(String[]::new));
    }

    private String section(JsonNode s, JsonNode doc, List<String> notes) {
        switch (s.path(0).asInt(-1)) {
            case MARKUP_SECTION -> {
                String text = inline(s.path(2), doc);
                return block(s.path(1).asText("p").toLowerCase(Locale.ROOT), text);
            }
            case IMAGE_SECTION -> {
                return s.path(1).asText("").isBlank() ? "" : GhostCards.imageMarkdown("", s.path(1).asText(), "");
            }
            case LIST_SECTION -> {
                boolean ordered = s.path(1).asText().equalsIgnoreCase("ol");
                StringBuilder sb = new StringBuilder();
                int n = 1;
                for (JsonNode item : s.path(2)) {
                    String marker = ordered ? (n++) + ". " : "- ";
                    sb.append(marker).append(indent(inline(item, doc), marker.length())).append('\n');
                }
                return sb.toString().stripTrailing();
            }
            case CARD_SECTION -> {
                JsonNode card = doc.path("cards").path(s.path(1).asInt(-1));
                return card.isMissingNode() ? "" : cards.markdown(card.path(0).asText(""), card.path(1), notes);
            }
            default -> {
                notes.add("a mobiledoc section of unknown kind " + s.path(0).asText() + " was left out");
                return "";
            }
        }
    }

    static String block(String tag, String text) {
        if (text.isBlank()) {
            return "";
        }
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" ->
                    GhostCards.heading(tag.charAt(1) - '0', text.replace("\\\n", " "));
            case "blockquote", "aside", "pull-quote" -> GhostCards.quote(text);
            default -> text;
        };
    }

    static String indent(String text, int width) {
        return text.replace("\n", "\n" + " ".repeat(width));
    }

    /** Markers open markups (by index) and close the innermost {@code n}; atoms are text of their own. */
    private static String inline(JsonNode markers, JsonNode doc) {
        List<InlineMarkdown.Segment> segments = new ArrayList<>();
        List<InlineMarkdown.Mark> open = new ArrayList<>();
        for (JsonNode m : markers) {
            for (JsonNode idx : m.path(1)) {
                open.add(mark(doc.path("markups").path(idx.asInt(-1))));
            }
            String text = m.path(0).asInt() == TEXT_MARKER ? m.path(3).asText("") : atom(doc.path("atoms")
                    .path(m.path(3).asInt(-1)));
            segments.add(new InlineMarkdown.Segment(text, open.stream().filter(x -> x != null).toList()));
            for (int i = 0; i < m.path(2).asInt(0) && !open.isEmpty(); i++) {
                open.remove(open.size() - 1);
            }
        }
        return InlineMarkdown.write(segments);
    }

    private static String atom(JsonNode atom) {
        String name = atom.path(0).asText("");
        return name.equals("soft-return") ? "\n" : atom.path(1).asText("");
    }

    private static InlineMarkdown.Mark mark(JsonNode markup) {
        String tag = markup.path(0).asText("").toLowerCase(Locale.ROOT);
        JsonNode attrs = markup.path(1);
        return switch (tag) {
            case "a" -> InlineMarkdown.Mark.link(attr(attrs, "href"), attr(attrs, "title"));
            case "strong", "b" -> InlineMarkdown.Mark.of(InlineMarkdown.Kind.BOLD);
            case "em", "i" -> InlineMarkdown.Mark.of(InlineMarkdown.Kind.ITALIC);
            case "s", "del", "strike" -> InlineMarkdown.Mark.of(InlineMarkdown.Kind.STRIKE);
            case "u" -> InlineMarkdown.Mark.of(InlineMarkdown.Kind.UNDERLINE);
            case "sub" -> InlineMarkdown.Mark.of(InlineMarkdown.Kind.SUB);
            case "sup" -> InlineMarkdown.Mark.of(InlineMarkdown.Kind.SUP);
            case "code" -> InlineMarkdown.Mark.of(InlineMarkdown.Kind.CODE);
            case "mark" -> InlineMarkdown.Mark.of(InlineMarkdown.Kind.HIGHLIGHT);
            default -> null;
        };
    }

    /** Markup attributes are a flat list: name, value, name, value … */
    private static String attr(JsonNode attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).asText().equalsIgnoreCase(name)) {
                return attrs.get(i + 1).asText();
            }
        }
        return null;
    }
}
