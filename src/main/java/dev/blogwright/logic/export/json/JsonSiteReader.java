package dev.blogwright.logic.export.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blogwright.logic.export.bundle.SafePaths;
import dev.blogwright.logic.export.output.JsonOutput;
import dev.blogwright.logic.menus.MenusJson;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a JSON export ({@code blog.json} + {@code posts/*.json}) back into the records it was written from. */
public final class JsonSiteReader {
    private JsonSiteReader() {
    }

    /**
     * @throws IllegalArgumentException when the folder holds no Blogwright JSON export or a post file is missing
     */
    public static SiteContent read(Path dir) throws IOException {
        Path blogFile = dir.resolve("blog.json");
        if (!Files.isRegularFile(blogFile)) {
            throw new IllegalArgumentException(dir + " holds no blog.json; is it a Blogwright JSON export?");
        }
        JsonNode blog = JsonOutput.MAPPER.readTree(blogFile.toFile());
        if (!JsonExporter.FORMAT.equals(blog.path("format").asText())
                || blog.path("version").asInt() > JsonExporter.VERSION) {
            throw new IllegalArgumentException(blogFile + " is not a Blogwright JSON export this version can read");
        }
        List<Category> categories = new ArrayList<>();
        blog.path("categories").forEach(n -> categories.add(PostJson.category(n)));
        List<Tag> tags = new ArrayList<>();
        blog.path("tags").forEach(n -> tags.add(PostJson.tag(n)));
        List<Post> posts = new ArrayList<>();
        for (JsonNode meta : blog.path("posts")) {
            String slug = meta.path("slug").asText();
            Path postFile = SafePaths.resolve(dir, JsonExporter.postFile(slug));
            if (!Files.isRegularFile(postFile)) {
                throw new IllegalArgumentException("The export lacks " + JsonExporter.postFile(slug));
            }
            JsonNode full = JsonOutput.MAPPER.readTree(postFile.toFile());
            posts.add(PostJson.post(full, full.path("markdown").asText()));
        }
        SiteMenus menus = blog.has("menus")
                ? MenusJson.fromTree(JsonOutput.MAPPER.convertValue(blog.get("menus"), Object.class))
                : SiteMenus.DEFAULT;
        Map<String, String> descriptions = blog.has("tagDescriptions")
                ? MenusJson.descriptionsFromTree(JsonOutput.MAPPER.convertValue(blog.get("tagDescriptions"), Object.class))
                : Map.of();
        return new SiteContent(PostJson.settings(blog.path("settings")), categories, tags, posts,
                dir.resolve("assets")).withThemeOptions(ThemeJson.read(blog.get("themeOptions")))
                .withNavigation(menus, descriptions);
    }
}
