package dev.blogwright.logic.importing.ghost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Ghost lexical document (Ghost 5) as Markdown: block nodes (paragraph, heading, quote, aside, list with
 * nested lists, code) with their inline nodes (text with its format bits, link, line break, tab), and every
 * card node through {@link GhostCards}. Ghost's "extended-" variants of text nodes read like the plain ones.
 */
public final class GhostLexical {
    /** Lexical's text format bits, in the order of {@code TextFormatType}. */
    private static final InlineMarkdown.Kind[] FORMAT_BITS = {InlineMarkdown.Kind.BOLD, InlineMarkdown.Kind.ITALIC,
            InlineMarkdown.Kind.STRIKE, InlineMarkdown.Kind.UNDERLINE, InlineMarkdown.Kind.CODE,
            InlineMarkdown.Kind.SUB, InlineMarkdown.Kind.SUP, InlineMarkdown.Kind.HIGHLIGHT};

    private final GhostCards cards;

    public GhostLexical(FlexmarkHtmlConverter html2md) {
        this.cards = new GhostCards(html2md);
    }

    public String markdown(JsonNode doc, List<String> notes) {
        return blocks(doc.path("root").path("children"), notes);
    }

    private String blocks(JsonNode children, List<String> notes) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : children) {
            out.add(block(node, notes));
        }
        return GhostCards.join(out.toArray(String[]::new));
    }

    private String block(JsonNode node, List<String> notes) {
        String type = type(node);
        return switch (type) {
            case "paragraph" -> inline(node.path("children"));
            case "heading" -> GhostMobiledoc.block(node.path("tag").asText("h2").toLowerCase(Locale.ROOT),
                    inline(node.path("children")));
            case "quote", "aside" -> GhostCards.quote(inline(node.path("children")));
            case "list" -> list(node, notes);
            case "code" -> codeNode(node);
            case "text", "link", "autolink", "linebreak", "tab", "hashtag" -> inline(List.of(node));
            default -> cardOrChildren(type, node, notes);
        };
    }

    /** A card; or, for a container this reader does not know, its children, so no text is lost. */
    private String cardOrChildren(String type, JsonNode node, List<String> notes) {
        if (node.path("children").isArray() && !node.path("children").isEmpty()) {
            notes.add("a lexical node of unknown type \"" + type + "\" was read for its text");
            return blocks(node.path("children"), notes);
        }
        return cards.markdown(type, node, notes);
    }

    private String list(JsonNode list, List<String> notes) {
        String kind = list.path("listType").asText(list.path("tag").asText("ul").equals("ol") ? "number" : "bullet");
        int n = list.path("start").asInt(1);
        int width = 2;
        StringBuilder sb = new StringBuilder();
        for (JsonNode item : list.path("children")) {
            List<JsonNode> inline = new ArrayList<>();
            List<String> nested = new ArrayList<>();
            for (JsonNode child : item.path("children")) {
                if (type(child).equals("list")) {
                    nested.add(list(child, notes));
                } else if (isInline(type(child))) {
                    inline.add(child);
                } else {
                    nested.add(block(child, notes));
                }
            }
            String text = inline(inline);
            if (text.isEmpty() && !nested.isEmpty() && sb.length() > 0) {
                // Lexical nests a list in an item of its own that holds only the list: it belongs to the item before.
                for (String block : nested) {
                    sb.append(" ".repeat(width)).append(GhostMobiledoc.indent(block, width)).append('\n');
                }
                continue;
            }
            String marker = switch (kind) {
                case "number" -> (n++) + ". ";
                case "check" -> item.path("checked").asBoolean(false) ? "- [x] " : "- [ ] ";
                default -> "- ";
            };
            // A task's content starts after "- ", not after its box.
            width = kind.equals("check") ? 2 : marker.length();
            sb.append(marker).append(GhostMobiledoc.indent(text, width));
            for (String block : nested) {
                sb.append("\n").append(" ".repeat(width)).append(GhostMobiledoc.indent(block, width));
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static boolean isInline(String type) {
        return switch (type) {
            case "text", "link", "autolink", "linebreak", "tab", "hashtag", "code-highlight" -> true;
            default -> false;
        };
    }

    /** Lexical's own code node (children of highlighted pieces), as opposed to Ghost's codeblock card. */
    private String codeNode(JsonNode node) {
        StringBuilder code = new StringBuilder();
        for (JsonNode child : node.path("children")) {
            code.append(type(child).equals("linebreak") ? "\n" : child.path("text").asText(""));
        }
        return cards.markdown("code", JsonNodeFactory.instance.objectNode()
                .put("code", code.toString()).put("language", node.path("language").asText("")), List.of());
    }

    private static String inline(Iterable<JsonNode> children) {
        List<InlineMarkdown.Segment> segments = new ArrayList<>();
        collect(children, List.of(), segments);
        return InlineMarkdown.write(segments);
    }

    private static void collect(Iterable<JsonNode> children, List<InlineMarkdown.Mark> outer,
                                List<InlineMarkdown.Segment> out) {
        for (JsonNode child : children) {
            switch (type(child)) {
                case "linebreak" -> out.add(new InlineMarkdown.Segment("\n", outer));
                case "tab" -> out.add(new InlineMarkdown.Segment("\t", outer));
                case "link", "autolink" -> {
                    List<InlineMarkdown.Mark> marks = new ArrayList<>(outer);
                    marks.add(InlineMarkdown.Mark.link(child.path("url").asText(""),
                            child.path("title").isTextual() ? child.path("title").asText() : null));
                    collect(child.path("children"), marks, out);
                }
                default -> {
                    if (child.has("text")) {
                        List<InlineMarkdown.Mark> marks = new ArrayList<>(outer);
                        int format = child.path("format").asInt(0);
                        for (int bit = 0; bit < FORMAT_BITS.length; bit++) {
                            if ((format & (1 << bit)) != 0) {
                                marks.add(InlineMarkdown.Mark.of(FORMAT_BITS[bit]));
                            }
                        }
                        out.add(new InlineMarkdown.Segment(child.path("text").asText(""), marks));
                    } else {
                        collect(child.path("children"), outer, out);
                    }
                }
            }
        }
    }

    private static String type(JsonNode node) {
        String t = node.path("type").asText("");
        return t.startsWith("extended-") ? t.substring("extended-".length()) : t;
    }
}
