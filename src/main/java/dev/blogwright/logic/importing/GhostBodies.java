package dev.blogwright.logic.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import dev.blogwright.logic.importing.ghost.GhostLexical;
import dev.blogwright.logic.importing.ghost.GhostMobiledoc;

import java.util.ArrayList;
import java.util.List;

/**
 * A Ghost post's body as Markdown: the {@code markdown} field (Ghost 0.x), the whole mobiledoc (Ghost 1–4) or
 * lexical (Ghost 5) document, and only failing those the HTML converted (conversion loses what Markdown
 * cannot say).
 */
final class GhostBodies {
    /** Documents nest as deep as the export itself may (see GhostReader); the converters recurse that deep. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build());

    /** The body and what the report should say about how it was read. */
    record Body(String markdown, List<String> notes) {
    }

    private final FlexmarkHtmlConverter converter;
    private final GhostMobiledoc mobiledoc;
    private final GhostLexical lexical;

    GhostBodies(FlexmarkHtmlConverter converter) {
        this.converter = converter;
        this.mobiledoc = new GhostMobiledoc(converter);
        this.lexical = new GhostLexical(converter);
    }

    Body markdown(JsonNode post) {
        String md = FrontMatterValues.text(post.get("markdown"));
        if (md != null && !md.isBlank()) {
            return new Body(md, List.of());
        }
        List<String> notes = new ArrayList<>();
        JsonNode doc = readQuietly(FrontMatterValues.text(post.get("mobiledoc")), notes, "mobiledoc");
        String body = doc == null ? "" : mobiledoc.markdown(doc, notes);
        if (body.isBlank()) {
            doc = readQuietly(FrontMatterValues.text(post.get("lexical")), notes, "lexical");
            body = doc == null ? "" : lexical.markdown(doc, notes);
        }
        if (!body.isBlank()) {
            return new Body(body.strip() + "\n", notes);
        }
        String html = FrontMatterValues.text(post.get("html"));
        if (html == null || html.isBlank()) {
            return new Body("", notes);
        }
        return new Body(converter.convert(html).strip() + "\n", notes);
    }

    /** A document that is not JSON just means "no document here"; the HTML is used instead, and the report says so. */
    private static JsonNode readQuietly(String json, List<String> notes, String kind) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            notes.add("its " + kind + " could not be read (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "); read from its HTML instead");
            return null;
        }
    }
}
