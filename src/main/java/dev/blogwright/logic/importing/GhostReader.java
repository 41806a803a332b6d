package dev.blogwright.logic.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Ghost JSON export ({@code {"db":[{"meta":..,"data":{..}}]}}, {@code {"meta":..,"data":{..}}} or a bare
 * data object). The whole file is validated before any post is returned, so a broken export imports nothing.
 */
public final class GhostReader {
    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build());
    private final GhostBodies bodies = new GhostBodies(HtmlToMarkdown.converter());
    private final long maxBytes;
    private final Instant now;

    public GhostReader(long maxBytes, Instant now) {
        this.maxBytes = maxBytes;
        this.now = now;
    }

    public List<PostDraft> read(Path file) throws ImportException {
        String name = file.getFileName().toString();
        JsonNode data = data(parse(file, name), name);
        Map<String, JsonNode> tags = byId(data.path("tags"), name, "tag");
        Map<String, JsonNode> posts = byId(data.path("posts"), name, "post");
        // Some exports (the Admin API's) list pages apart, in "pages": they are pages whatever their type says.
        for (Map.Entry<String, JsonNode> page : byId(data.path("pages"), name, "page").entrySet()) {
            if (posts.put(page.getKey(), ((ObjectNode) page.getValue()).deepCopy()
                    .put("type", "page")) != null) {
                throw new ImportException(name + ": duplicate post id " + page.getKey() + "; nothing imported");
            }
        }
        Map<String, List<JsonNode>> postTags = new HashMap<>();
        for (JsonNode link : data.path("posts_tags")) {
            postTags.computeIfAbsent(link.path("post_id").asText(), k -> new ArrayList<>()).add(link);
        }
        List<PostDraft> drafts = new ArrayList<>();
        for (JsonNode p : posts.values()) {
            drafts.add(toDraft(p, tagNames(postTags.getOrDefault(p.path("id").asText(), List.of()), tags), name));
        }
        return drafts;
    }

    private JsonNode parse(Path file, String name) throws ImportException {
        try {
            if (Files.size(file) > maxBytes) {
                throw new ImportException(name + ": file is over the import limit of " + maxBytes + " bytes");
            }
            return mapper.readTree(TextDecoding.read(file, maxBytes).text());
        } catch (JsonProcessingException e) {
            throw new ImportException(name + ": not a Ghost export: not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static JsonNode data(JsonNode root, String name) throws ImportException {
        JsonNode data = root;
        if (root != null && root.path("db").isArray() && !root.path("db").isEmpty()) {
            data = root.path("db").get(0).path("data");
        } else if (root != null && root.path("data").isObject()) {
            data = root.path("data");
        }
        if (data == null || !data.path("posts").isArray()) {
            throw new ImportException(name + ": not a Ghost export: expected {\"db\":[{\"data\":{\"posts\":[…]}}]}"
                    + " or {\"data\":{\"posts\":[…]}}");
        }
        for (String key : List.of("tags", "posts_tags", "pages")) {
            if (!data.path(key).isMissingNode() && !data.path(key).isArray()) {
                throw new ImportException(name + ": not a Ghost export: \"" + key + "\" is not a list");
            }
        }
        return data;
    }

    private static Map<String, JsonNode> byId(JsonNode list, String name, String kind) throws ImportException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode n : list) {
            if (!n.isObject() || !n.hasNonNull("id")) {
                throw new ImportException(name + ": not a Ghost export: a " + kind + " has no id");
            }
            if (out.put(n.get("id").asText(), n) != null) {
                throw new ImportException(name + ": duplicate " + kind + " id " + n.get("id").asText()
                        + "; nothing imported");
            }
        }
        return out;
    }

    /** Tag names in Ghost's sort order; internal tags ({@code #name}) are Ghost plumbing, not the writer's. */
    private static List<String> tagNames(List<JsonNode> links, Map<String, JsonNode> tags) {
        List<JsonNode> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparingInt(l -> l.path("sort_order").asInt(0)));
        List<String> names = new ArrayList<>();
        for (JsonNode l : sorted) {
            JsonNode tag = tags.get(l.path("tag_id").asText());
            String n = tag == null ? null : FrontMatterValues.text(tag.get("name"));
            if (n != null && !n.isBlank() && !n.startsWith("#") && !names.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }

    private PostDraft toDraft(JsonNode p, List<String> tagNames, String name) throws ImportException {
        String id = p.path("id").asText();
        String where = name + " post " + id;
        Instant created = date(p.get("created_at"), where);
        Instant published = date(p.get("published_at"), where);
        Instant updated = date(p.get("updated_at"), where);
        Instant when = published != null ? published : created;
        String status = p.path("status").asText("draft");
        PostStatus s = switch (status) {
            case "published" -> when != null && when.isAfter(now) ? PostStatus.SCHEDULED : PostStatus.PUBLISHED;
            case "scheduled" -> PostStatus.SCHEDULED;
            default -> PostStatus.DRAFT;
        };
        GhostBodies.Body body = bodies.markdown(p);
        Post post = new Post.Builder()
                .title(p.path("title").asText(""))
                .slug(FrontMatterValues.text(p.get("slug")))
                .body(body.markdown())
                .excerpt(FrontMatterValues.firstText((ObjectNode) p,
                        "custom_excerpt"))
                .featuredImage(FrontMatterValues.firstText((ObjectNode) p,
                        "feature_image", "image"))
                .featured(p.path("featured").asBoolean(false) || p.path("featured").asInt(0) == 1)
                .metaTitle(FrontMatterValues.text(p.get("meta_title")))
                .metaDescription(FrontMatterValues.text(p.get("meta_description")))
                .status(s)
                .createdAt(created != null ? created : when)
                .publishedAt(s == PostStatus.DRAFT ? published : when)
                .updatedAt(updated != null ? updated : when)
                .tags(tagNames.size() > 1 ? tagNames.subList(1, tagNames.size()) : List.of())
                .sourcePath(name + "#" + id)
                .build();
        List<String> notes = new ArrayList<>(body.notes());
        // Ghost 1+ says type "page"; Ghost 0.x exports said page: 1.
        boolean page = p.path("type").asText().equals("page") || p.path("page").asBoolean(false)
                || p.path("page").asInt(0) == 1;
        if (page) {
            post = ImportedPages.asPage(post);
            notes.add(ImportedPages.note(status));
            return new PostDraft(post, null, Map.of(), notes, false);
        }
        return new PostDraft(post, tagNames.isEmpty() ? null : tagNames.get(0), Map.of(), notes, false);
    }

    /** Ghost writes epoch milliseconds (old exports) or ISO 8601 strings. */
    private static Instant date(JsonNode n, String where) throws ImportException {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return Instant.ofEpochMilli(n.asLong());
        }
        return DateParsing.parse(n.asText(), where);
    }
}
