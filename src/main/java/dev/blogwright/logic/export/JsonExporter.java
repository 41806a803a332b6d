package dev.blogwright.logic.export;

import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bundle other tools read: {@code blog.json} (settings, categories, tags, every post's metadata in index
 * order) and {@code posts/<slug>.json} (metadata, Markdown, HTML, excerpt, counts). Documented by
 * {@code schema/blogwright-export.schema.json}; {@link JsonSiteReader} reads it back.
 */
public final class JsonExporter {
    public static final String FORMAT = "blogwright-site";
    public static final int VERSION = 1;
    public static final String SCHEMA = "schema/blogwright-export.schema.json";

    /** Writes the JSON files for {@code posts} (rendered, in index order) into {@code out}. */
    public void write(SiteContent content, List<RenderedPost> posts, BundleWriter out, ExportOptions options)
            throws IOException {
        Map<String, Object> blog = new LinkedHashMap<>();
        blog.put("format", FORMAT);
        blog.put("version", VERSION);
        blog.put("settings", PostJson.settings(content.settings()));
        blog.put("categories", content.categories().stream().map(PostJson::category).toList());
        blog.put("tags", content.tags().stream().map(PostJson::tag).toList());
        List<Map<String, Object>> metadata = new ArrayList<>();
        for (RenderedPost rp : posts) {
            metadata.add(PostJson.metadata(rp.post()));
        }
        blog.put("posts", metadata);
        out.write("blog.json", JsonOutput.pretty(blog));
        Parallel.map(posts, options, ExportProgress.NONE, rp -> {
            Map<String, Object> post = PostJson.metadata(rp.post());
            post.put("format", FORMAT);
            post.put("version", VERSION);
            post.put("markdown", rp.post().body());
            post.put("html", rp.html());
            post.put("plainExcerpt", rp.excerpt());
            post.put("words", rp.words());
            post.put("readingMinutes", rp.readingMinutes());
            out.write(postFile(rp.post().slug()), JsonOutput.pretty(post));
            return rp;
        });
    }

    static String postFile(String slug) {
        return "posts/" + slug + ".json";
    }
}
