package dev.blogwright.logic.export.json;

import dev.blogwright.logic.export.ExportRun;
import dev.blogwright.logic.export.Exporter;
import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.output.JsonOutput;
import dev.blogwright.logic.menus.MenusJson;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.SiteMenus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON bundle other tools read: {@code blog.json} (settings, categories, tags, every post's metadata in index
 * order) and {@code posts/<slug>.json} (metadata, Markdown, HTML, excerpt, counts). Documented by
 * {@code schema/blogwright-export.schema.json}; {@link JsonSiteReader} reads it back.
 */
public final class JsonExporter implements Exporter {
    public static final String FORMAT = "blogwright-site";
    public static final int VERSION = 1;
    public static final String SCHEMA = "schema/blogwright-export.schema.json";

    private ExportRun run;

    @Override
    public void start(ExportRun run) {
        this.run = run;
    }

    /** Keeps {@code posts/<slug>.json} from the previous bundle when made from the same inputs. */
    @Override
    public boolean keepPost(int index, RenderedPost rp) throws IOException {
        return run.bundle().reuse(postFile(rp.post().slug()), inputs(rp));
    }

    /** Writes {@code posts/<slug>.json} for one post while its HTML is at hand, unless {@link #keepPost} kept it. */
    @Override
    public void writePost(int index, RenderedPost rp, String markdown, String html) throws IOException {
        BundleWriter out = run.bundle();
        String file = postFile(rp.post().slug());
        if (out.has(file)) {
            return;
        }
        Map<String, Object> post = new LinkedHashMap<>(PostJson.metadata(rp.post()));
        post.put("format", FORMAT);
        post.put("version", VERSION);
        post.put("markdown", markdown);
        post.put("html", html);
        post.put("plainExcerpt", rp.excerpt());
        post.put("words", rp.words());
        post.put("readingMinutes", rp.readingMinutes());
        out.write(file, JsonOutput.pretty(post), inputs(rp));
    }

    /** The body's fingerprint stands for the Markdown and the HTML made from it. */
    private static String inputs(RenderedPost rp) {
        return InputKeys.of("post-json", FORMAT, VERSION, PostJson.metadata(rp.post()), rp.bodyKey(), rp.excerpt(),
                rp.words());
    }

    @Override
    public void finish(List<RenderedPost> posts) throws IOException {
        writeBlog(run.content(), posts, run.bundle());
    }

    /** Writes {@code blog.json}: the settings, categories, tags and every post's metadata, in index order. */
    private static void writeBlog(SiteContent content, List<RenderedPost> posts, BundleWriter out)
            throws IOException {
        Map<String, Object> blog = new LinkedHashMap<>();
        blog.put("format", FORMAT);
        blog.put("version", VERSION);
        blog.put("settings", PostJson.settings(content.settings()));
        blog.put("themeOptions", ThemeJson.write(content.themeOptions()));
        blog.put("categories", content.categories().stream().map(PostJson::category).toList());
        blog.put("tags", content.tags().stream().map(PostJson::tag).toList());
        if (!content.menus().equals(SiteMenus.DEFAULT)) {
            blog.put("menus", MenusJson.toTree(content.menus()));
        }
        if (!content.tagDescriptions().isEmpty()) {
            blog.put("tagDescriptions", new TreeMap<>(content.tagDescriptions()));
        }
        List<Map<String, Object>> metadata = new ArrayList<>();
        for (RenderedPost rp : posts) {
            metadata.add(PostJson.metadata(rp.post()));
        }
        blog.put("posts", metadata);
        out.write("blog.json", JsonOutput.pretty(blog));
    }

    static String postFile(String slug) {
        return "posts/" + slug + ".json";
    }
}
