package dev.blogwright.logic.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads one Markdown file with Jekyll or Hugo front matter into a {@link PostDraft}. */
public final class MarkdownPostReader {
    static final String MORE = "<!--more-->";
    private static final List<String> MAPPED = List.of("title", "date", "lastmod", "updated", "draft", "published",
            "slug", "permalink", "url", "categories", "category", "tags", "description", "summary", "excerpt",
            "image", "featured_image", "cover", "weight", "icon", "emoji", "excerpt_separator");

    private final FrontMatterParser parser = new FrontMatterParser();
    private final long maxBytes;
    private final Instant now;

    public MarkdownPostReader(long maxBytes, Instant now) {
        this.maxBytes = maxBytes;
        this.now = now;
    }

    public PostDraft read(SourceFile source) throws ImportException {
        String name = source.sourcePath();
        TextDecoding.Decoded text = TextDecoding.read(source.file(), maxBytes);
        List<String> notes = new ArrayList<>(text.notes());
        FrontMatter fm = parser.parse(text.text(), name);
        ObjectNode f = fm.fields();
        String fileName = source.file().getFileName().toString();

        Instant date = dateField(f, "date", name);
        date = date != null ? date : publishedDate(f, name);
        date = date != null ? date : DateParsing.fromFileName(fileName).orElse(null);
        if (date == null) {
            date = lastModified(source.file());
            notes.add(name + ": no date in front matter or file name; used the file's modification time");
        }
        Instant updated = dateField(f, "lastmod", name);
        updated = updated != null ? updated : dateField(f, "updated", name);
        updated = updated != null ? updated : date;

        List<String> categories = FrontMatterValues.list(f.get("categories"), true);
        if (categories.isEmpty()) {
            categories = FrontMatterValues.list(f.get("category"), true);
        }
        List<String> tags = new ArrayList<>(categories.size() > 1 ? categories.subList(1, categories.size()) : List.of());
        for (String t : FrontMatterValues.list(f.get("tags"), false)) {
            if (tags.stream().noneMatch(t::equalsIgnoreCase)) {
                tags.add(t);
            }
        }

        String body = excerptSeparator(fm.body(), FrontMatterValues.text(f.get("excerpt_separator")));
        String featured = FrontMatterValues.image(f);
        Map<String, Path> images = new LinkedHashMap<>();
        List<String> refs = new ArrayList<>(ImageLinks.relativeReferences(body));
        if (featured != null && ImageLinks.isRelative(featured)) {
            refs.add(featured);
        }
        for (String ref : refs) {
            Optional<Path> file = ImageLinks.resolve(ref, source.file(), source.root());
            if (file.isPresent()) {
                images.put(ref, file.get());
            } else if (!ref.equals(featured)) {
                notes.add(name + ": image " + ref + " not found beside the post; link kept as it was");
            }
        }

        PostStatus status = isDraft(f, source) ? PostStatus.DRAFT
                : date.isAfter(now) ? PostStatus.SCHEDULED : PostStatus.PUBLISHED;
        ObjectNode unknown = f.deepCopy();
        unknown.remove(MAPPED);
        Post post = new Post.Builder()
                .slug(slug(f, source))
                .title(Optional.ofNullable(FrontMatterValues.text(f.get("title"))).orElse(slugFromFile(source)))
                .body(body)
                .excerpt(FrontMatterValues.firstText(f, "description", "summary", "excerpt"))
                .featuredImage(featured)
                .icon(FrontMatterValues.firstText(f, "icon", "emoji"))
                .position(f.path("weight").isNumber() ? f.get("weight").asDouble() : 0)
                .status(status)
                .createdAt(date).publishedAt(date).updatedAt(updated)
                .tags(tags)
                .frontMatterJson(unknown.toString())
                .sourcePath(source.sourcePath())
                .build();
        return new PostDraft(post, categories.isEmpty() ? null : categories.get(0), images, notes);
    }

    private static boolean isDraft(ObjectNode f, SourceFile source) {
        JsonNode published = f.get("published");
        boolean unpublished = published != null && (published.isBoolean() && !published.asBoolean()
                || published.isTextual() && published.asText().strip().equalsIgnoreCase("false"));
        JsonNode draft = f.get("draft");
        boolean draftFlag = draft != null && (draft.asBoolean(false) || "true".equalsIgnoreCase(draft.asText()));
        return source.inDraftsFolder() || unpublished || draftFlag;
    }

    private static Instant dateField(ObjectNode f, String key, String name) throws ImportException {
        String v = FrontMatterValues.text(f.get(key));
        return v == null || v.isBlank() ? null : DateParsing.parse(v, name);
    }

    /** Some blogs write the date under {@code published}; a boolean there is a status, not a date. */
    private static Instant publishedDate(ObjectNode f, String name) throws ImportException {
        JsonNode p = f.get("published");
        if (p == null || p.isBoolean() || p.asText().equalsIgnoreCase("true") || p.asText().equalsIgnoreCase("false")) {
            return null;
        }
        return dateField(f, "published", name);
    }

    private static String slug(ObjectNode f, SourceFile source) {
        String slug = FrontMatterValues.text(f.get("slug"));
        if (slug != null && !slug.isBlank()) {
            return slug.strip();
        }
        for (String key : List.of("permalink", "url")) {
            String link = FrontMatterValues.text(f.get(key));
            if (link != null && !link.isBlank()) {
                String[] parts = link.strip().split("/");
                for (int i = parts.length - 1; i >= 0; i--) {
                    String seg = parts[i].replaceFirst("\\.html?$", "");
                    if (!seg.isBlank() && !seg.contains(":")) {
                        return seg;
                    }
                }
            }
        }
        return slugFromFile(source);
    }

    /** File name minus extension and Jekyll's date prefix; a page bundle's {@code index.md} uses its folder. */
    static String slugFromFile(SourceFile source) {
        Path file = source.file();
        String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        if (base.equalsIgnoreCase("index") && file.getParent() != null && file.getParent().getFileName() != null) {
            base = file.getParent().getFileName().toString();
        }
        return base.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "").toLowerCase(Locale.ROOT);
    }

    private static String excerptSeparator(String body, String separator) {
        if (separator == null || separator.isEmpty() || separator.strip().equals(MORE) || !body.contains(separator)) {
            return body;
        }
        int at = body.indexOf(separator);
        return body.substring(0, at) + MORE + body.substring(at + separator.length());
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
