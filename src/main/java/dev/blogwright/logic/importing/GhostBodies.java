package dev.blogwright.logic.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;

/**
 * A Ghost post's body as Markdown: the {@code markdown} field, a Markdown card in mobiledoc, a Markdown node in
 * lexical, and only failing those the HTML converted (conversion loses what Markdown cannot say).
 */
final class GhostBodies {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GhostBodies() {
    }

    static String markdown(JsonNode post, FlexmarkHtmlConverter converter) {
        String md = FrontMatterValues.text(post.get("markdown"));
        if (md != null && !md.isBlank()) {
            return md;
        }
        md = fromMobiledoc(FrontMatterValues.text(post.get("mobiledoc")));
        if (md == null) {
            md = fromLexical(FrontMatterValues.text(post.get("lexical")));
        }
        if (md != null) {
            return md;
        }
        String html = FrontMatterValues.text(post.get("html"));
        return html == null || html.isBlank() ? "" : converter.convert(html).strip() + "\n";
    }

    private static String fromMobiledoc(String json) {
        JsonNode doc = readQuietly(json);
        if (doc == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode card : doc.path("cards")) {
            String kind = card.path(0).asText();
            if (kind.equals("markdown") || kind.equals("card-markdown")) {
                sb.append(card.path(1).path("markdown").asText("")).append("\n\n");
            }
        }
        return sb.isEmpty() ? null : sb.toString().strip() + "\n";
    }

    private static String fromLexical(String json) {
        JsonNode doc = readQuietly(json);
        if (doc == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode node : doc.path("root").path("children")) {
            if (node.path("type").asText().equals("markdown")) {
                sb.append(node.path("markdown").asText("")).append("\n\n");
            }
        }
        return sb.isEmpty() ? null : sb.toString().strip() + "\n";
    }

    /** A body that is not JSON just means "no Markdown here"; the HTML is used instead. */
    private static JsonNode readQuietly(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
