package dev.blogwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.post.PostTimes;
import dev.blogwright.model.PostSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How posts look on the command line: a table for people, JSON for scripts. */
final class PostViews {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private PostViews() {
    }

    /** The JSON writer, made on first use: a new ObjectMapper cost 0.13-0.15 s of CPU, which tables do not need. */
    static ObjectMapper json() {
        return Json.MAPPER;
    }

    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** As the blog shows it: {@code publishedAt} in the offset the date was written with, else in {@code zone}. */
    static ObjectNode json(PostSummary p, List<String> tags, ZoneId zone) {
        ObjectNode o = json().createObjectNode();
        o.put("title", p.title());
        o.put("slug", p.slug());
        o.put("status", p.status().key());
        o.put("category", p.categoryName());
        ArrayNode t = o.putArray("tags");
        tags.forEach(t::add);
        o.put("icon", p.icon());
        o.put("featured", p.featured());
        o.put("trashed", p.trashed());
        o.put("publishedAt", PostTimes.iso(PostTimes.at(p.publishedAt(), p.publishedOffset(), zone)));
        o.put("updatedAt", iso(p.updatedAt()));
        o.put("words", p.words());
        o.put("readingMinutes", PostText.readingMinutes(p.words()));
        return o;
    }

    static String iso(Instant i) {
        return i == null ? null : DateTimeFormatter.ISO_INSTANT.format(i);
    }

    /** One line per post: day, status, category, icon, title, slug and reading time, in the default locale. */
    static String table(List<PostSummary> posts) {
        return table(posts, ZoneOffset.UTC);
    }

    /** As {@link #table(List)}, each day as the blog shows it (the date's own offset, else {@code zone}). */
    static String table(List<PostSummary> posts, ZoneId zone) {
        StringBuilder out = new StringBuilder(posts.size() * 120);
        for (PostSummary p : posts) {
            String day = p.publishedAt() == null ? "-"
                    : DAY.format(PostTimes.at(p.publishedAt(), p.publishedOffset(), zone));
            String category = truncate(p.categoryName() == null ? "-" : p.categoryName(), 18);
            String icon = p.icon().isEmpty() ? " " : p.icon();
            String reading = PostText.readingTimeLabel(PostText.readingMinutes(p.words()),
                    Locale.getDefault(Locale.Category.FORMAT));
            out.append(String.format("%-10s %-10s %-18s %s %s  (%s%s)%n", day, p.status().key(),
                    category, icon, p.title(), p.slug(), reading.isEmpty() ? "" : ", " + reading));
        }
        return out.toString();
    }

    static ArrayNode jsonArray(List<PostSummary> posts, Map<Long, List<String>> tags, ZoneId zone) {
        ArrayNode arr = json().createArrayNode();
        posts.forEach(p -> arr.add(json(p, tags.getOrDefault(p.id(), List.of()), zone)));
        return arr;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
