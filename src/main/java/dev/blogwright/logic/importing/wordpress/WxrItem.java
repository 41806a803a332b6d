package dev.blogwright.logic.importing.wordpress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogwright.logic.importing.DateParsing;
import dev.blogwright.logic.importing.ImportException;
import dev.blogwright.logic.importing.ImportedPages;
import dev.blogwright.logic.importing.PostDraft;
import dev.blogwright.logic.post.Slugs;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One WXR {@code <item>} of type post or page as a post draft, with the report's notes about it. */
final class WxrItem {
    private static final String NO_DATE = "0000-00-00 00:00:00";

    private final String file;
    private final Instant now;
    private final WxrContent content;
    private final Map<String, String> authors;
    private final WxrCategories categories;
    private final Map<String, String> attachmentUrls;

    WxrItem(String file, Instant now, WxrContent content, Map<String, String> authors, WxrCategories categories,
            Map<String, String> attachmentUrls) {
        this.file = file;
        this.now = now;
        this.content = content;
        this.authors = authors;
        this.categories = categories;
        this.attachmentUrls = attachmentUrls;
    }

    PostDraft draft(WxrXml.Element item, boolean page) throws ImportException {
        String id = item.childText("post_id");
        String where = file + " item " + id;
        List<String> notes = new ArrayList<>();
        Instant published = date(item, "post_date_gmt", "post_date", where);
        Instant modified = date(item, "post_modified_gmt", "post_modified", where);
        String wpStatus = item.childText("status");
        PostStatus status = status(wpStatus, published, notes);
        if (!item.childText("post_password").isEmpty() && status != PostStatus.DRAFT) {
            status = PostStatus.DRAFT;
            notes.add("was password-protected in WordPress: imported as a draft so it is not published open");
        }
        List<String> categoryNames = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (WxrXml.Element c : item.all("category")) {
            String domain = c.attributes().getOrDefault("domain", "category");
            String name = c.text().strip();
            if (domain.equals("category")) {
                addOnce(categoryNames, categories.name(c.attributes().getOrDefault("nicename", ""), name));
            } else if (domain.equals("post_tag")) {
                addOnce(tags, name);
            }
        }
        if (categoryNames.size() > 1) {
            notes.add("also in categories " + String.join(", ", categoryNames.subList(1, categoryNames.size()))
                    + ": a post has one category here, so these are kept as tags");
            categoryNames.subList(1, categoryNames.size()).forEach(n -> addOnce(tags, n));
        }
        String body = content.markdown(encoded(item, "/content/"), notes);
        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        String author = authors.getOrDefault(item.childText("creator"), item.childText("creator"));
        if (!author.isBlank()) {
            extra.put("author", author);
        }
        String link = item.childText("link");
        if (!link.isBlank()) {
            extra.put("wordpressUrl", link);
        }
        int comments = item.all("comment").size();
        if (comments > 0) {
            notes.add(comments + (comments == 1 ? " comment" : " comments") + " not imported (Blogwright has no"
                    + " comments); counted only");
        }
        Post post = new Post.Builder()
                .title(item.childText("title"))
                // WordPress gives drafts no slug yet; the library would make this one from the title too.
                .slug(item.childText("post_name").isEmpty() ? Slugs.slugify(item.childText("title"))
                        : item.childText("post_name"))
                .body(body)
                .excerpt(excerpt(item))
                .featuredImage(featuredImage(item, notes))
                .featured(item.childText("is_sticky").equals("1"))
                .status(status)
                .createdAt(published != null ? published : modified)
                .publishedAt(published)
                .updatedAt(modified != null ? modified : published)
                .tags(tags)
                .frontMatterJson(extra.toString())
                .sourcePath(file + "#" + id)
                .build();
        if (page) {
            post = ImportedPages.asPage(post);
            notes.add(ImportedPages.note(wpStatus));
            String parent = item.childText("post_parent");
            return new PostDraft(post, null, Map.of(), notes, "", false,
                    parent.isEmpty() || parent.equals("0") ? null : file + "#" + parent);
        }
        return new PostDraft(post, categoryNames.isEmpty() ? null : categoryNames.get(0), Map.of(), notes, false);
    }

    private PostStatus status(String wpStatus, Instant published, List<String> notes) {
        return switch (wpStatus) {
            case "publish" -> published != null && published.isAfter(now) ? PostStatus.SCHEDULED : PostStatus.PUBLISHED;
            case "future" -> PostStatus.SCHEDULED;
            case "private" -> {
                notes.add("private in WordPress: imported as a draft");
                yield PostStatus.DRAFT;
            }
            case "pending" -> {
                notes.add("pending review in WordPress: imported as a draft");
                yield PostStatus.DRAFT;
            }
            default -> PostStatus.DRAFT;
        };
    }

    /** The excerpt as written, converted like the content; WordPress keeps an empty one when none was written. */
    private String excerpt(WxrXml.Element item) {
        String raw = encoded(item, "/excerpt/");
        if (raw.isBlank()) {
            return null;
        }
        return content.markdown(raw, new ArrayList<>()).strip();
    }

    /** {@code content:encoded} or {@code excerpt:encoded}: the same local name in two namespaces. */
    private static String encoded(WxrXml.Element item, String namespacePart) {
        return item.children().stream().filter(e -> e.name().equals("encoded") && e.ns().contains(namespacePart))
                .map(WxrXml.Element::text).findFirst().orElse("");
    }

    /** The featured image is an attachment named by id in the post's meta; it is kept as its URL. */
    private String featuredImage(WxrXml.Element item, List<String> notes) {
        for (WxrXml.Element meta : item.all("postmeta")) {
            if (meta.childText("meta_key").equals("_thumbnail_id")) {
                String url = attachmentUrls.get(meta.childText("meta_value"));
                if (url == null || url.isBlank()) {
                    notes.add("its featured image (attachment " + meta.childText("meta_value")
                            + ") is not in the export; left out");
                    return null;
                }
                return url;
            }
        }
        return null;
    }

    /** GMT first; a draft's GMT date is zero, then the site's local time; then RSS's pubDate. */
    private static Instant date(WxrXml.Element item, String gmt, String local, String where) throws ImportException {
        for (String field : List.of(gmt, local)) {
            String v = item.childText(field);
            if (!v.isEmpty() && !v.equals(NO_DATE)) {
                return DateParsing.parse(v, where);
            }
        }
        if (gmt.equals("post_date_gmt") && !item.childText("pubDate").isEmpty()) {
            try {
                ZonedDateTime d = ZonedDateTime.parse(item.childText("pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
                return d.getYear() > 1970 ? d.toInstant() : null;
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static void addOnce(List<String> list, String value) {
        if (value != null && !value.isBlank() && list.stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
            list.add(value);
        }
    }
}
