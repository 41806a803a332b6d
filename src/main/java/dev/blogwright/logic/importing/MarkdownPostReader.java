package dev.blogwright.logic.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads one Markdown file with Jekyll, Hugo or Zola front matter into a {@link PostDraft}. */
public final class MarkdownPostReader {
    static final String MORE = "<!--more-->";
    private static final List<String> MAPPED = List.of("title", "date", "lastmod", "updated", "draft", "published",
            "slug", "permalink", "url", "categories", "category", "tags", "description", "summary", "excerpt",
            "image", "featured_image", "cover", "weight", "icon", "emoji", "excerpt_separator");

    private final FrontMatterParser parser = new FrontMatterParser();
    private final long maxBytes;
    private final Instant now;
    private final PostDates dates;

    /** Dates written without an offset are taken as UTC. */
    public MarkdownPostReader(long maxBytes, Instant now) {
        this(maxBytes, now, ZoneOffset.UTC);
    }

    /** @param zone the blog's time zone, for dates written without an offset */
    public MarkdownPostReader(long maxBytes, Instant now, ZoneId zone) {
        this.maxBytes = maxBytes;
        this.now = now;
        this.dates = new PostDates(zone);
    }

    public PostDraft read(SourceFile source) throws ImportException {
        String name = source.sourcePath();
        TextDecoding.Decoded text = TextDecoding.read(source.file(), maxBytes);
        List<String> notes = new ArrayList<>(text.notes());
        FrontMatter fm = parser.parse(text.text(), name);
        ObjectNode f = fm.fields();

        PostDates.Found found = dates.find(f, source, notes).orElse(null);
        String dateSource;
        Instant date;
        ZoneOffset offset;
        if (found != null) {
            date = found.instant();
            offset = found.offset();
            dateSource = found.source();
        } else {
            date = lastModified(source.file());
            offset = null;
            dateSource = "no date in front matter, file or folder name or path; used the file's modification time";
        }
        Instant updated = dates.instant(f, "lastmod", name);
        updated = updated != null ? updated : dates.instant(f, "updated", name);
        updated = updated != null ? updated : date;
        Instant created = date;
        // Hugo's publishDate holds a post back until then, whatever its date says.
        Optional<PostDates.Found> notBefore = dates.publishDate(f, name);
        if (notBefore.isPresent() && notBefore.get().instant().isAfter(now) && notBefore.get().instant().isAfter(date)) {
            date = notBefore.get().instant();
            offset = notBefore.get().offset();
            dateSource = dateSource + "; scheduled by " + notBefore.get().source().replace("date from ", "");
        }

        // Zola keeps tags and categories under [taxonomies].
        JsonNode taxonomies = f.path("taxonomies");
        List<String> categories = FrontMatterValues.list(f.get("categories"), true);
        if (categories.isEmpty()) {
            categories = FrontMatterValues.list(f.get("category"), true);
        }
        if (categories.isEmpty()) {
            categories = FrontMatterValues.list(taxonomies.get("categories"), false);
        }
        List<String> tags = new ArrayList<>(categories.size() > 1 ? categories.subList(1, categories.size()) : List.of());
        List<String> tagValues = FrontMatterValues.list(f.get("tags"), false);
        for (String t : tagValues.isEmpty() ? FrontMatterValues.list(taxonomies.get("tags"), false) : tagValues) {
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
                .createdAt(created).publishedAt(date).publishedOffset(offset).updatedAt(updated)
                .tags(tags)
                .frontMatterJson(unknown.toString())
                .sourcePath(source.sourcePath())
                .build();
        if (isPage(f, source)) {
            notes.add(name + ": " + ImportedPages.note(status.key()));
            return new PostDraft(ImportedPages.asPage(post), null, images, notes, dateSource);
        }
        return new PostDraft(post, categories.isEmpty() ? null : categories.get(0), images, notes, dateSource);
    }

    /**
     * A page rather than a post: a file under a top-level {@code pages/} or {@code _pages/} folder (of the site, or
     * of a Hugo site's {@code content/}), or one whose front matter says {@code layout: page} (Jekyll) or
     * {@code type: page} (Hugo).
     */
    static boolean isPage(ObjectNode f, SourceFile source) {
        if ("page".equals(FrontMatterValues.text(f.get("layout"))) || "page".equals(FrontMatterValues.text(f.get("type")))) {
            return true;
        }
        Path rel = source.root().relativize(source.file());
        int top = rel.getNameCount() > 2 && rel.getName(0).toString().equals("content") ? 1 : 0;
        if (rel.getNameCount() < top + 2) {
            return false;
        }
        String folder = rel.getName(top).toString();
        return folder.equals("pages") || folder.equals("_pages");
    }

    private static boolean isDraft(ObjectNode f, SourceFile source) {
        JsonNode published = f.get("published");
        boolean unpublished = published != null && (published.isBoolean() && !published.asBoolean()
                || published.isTextual() && published.asText().strip().equalsIgnoreCase("false"));
        JsonNode draft = f.get("draft");
        boolean draftFlag = draft != null && (draft.asBoolean(false) || "true".equalsIgnoreCase(draft.asText()));
        return source.inDraftsFolder() || unpublished || draftFlag;
    }

    private static String slug(ObjectNode f, SourceFile source) {
        String slug = FrontMatterValues.text(f.get("slug"));
        if (slug != null && !slug.isBlank()) {
            return slug.strip();
        }
        for (String key : List.of("permalink", "url", "path")) {
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
