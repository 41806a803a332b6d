package dev.blogwright.logic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.Transactions;
import dev.blogwright.logic.post.PostService;
import dev.blogwright.logic.settings.SettingsService;
import dev.blogwright.logic.spelling.SpellingService;
import dev.blogwright.logic.taxonomy.TaxonomyService;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The blog this product was first made for, kept as data in {@code assets/sample/} (settings, categories, posts
 * in index order, bodies as Markdown files) and written into an empty library on first start or {@code init --sample}.
 */
public final class SampleBlog {
    private static final String ROOT = "/assets/sample/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleBlog() {
    }

    public static void install(SettingsService settings, TaxonomyService taxonomy, PostService posts, Transactions tx) {
        install(settings, taxonomy, posts, null, tx);
    }

    /**
     * As above, with the sample's personal dictionary (the trade's words its authors use: monorepo, npm …) added
     * to {@code spelling}'s, so the sample blog checks clean; null leaves the dictionary alone.
     */
    public static void install(SettingsService settings, TaxonomyService taxonomy, PostService posts,
                               SpellingService spelling, Transactions tx) {
        JsonNode blog = readJson("blog.json");
        tx.run(() -> {
            if (spelling != null) {
                String language = blog.path("settings").path("language").asText("en");
                blog.path("dictionary").forEach(w -> spelling.addToDictionary(language, w.asText()));
            }
            JsonNode s = blog.path("settings");
            settings.save(new BlogSettings(s.path("header").asText(), s.path("title").asText(),
                    s.path("tagline").asText(), s.path("description").asText(), s.path("baseUrl").asText(),
                    s.path("authorName").asText(), s.path("language").asText("en"), s.path("postsPerPage").asInt(10),
                    s.path("dateFormat").asText(BlogSettings.DEFAULT_DATE_FORMAT),
                    IndexOrder.fromKey(s.path("indexOrder").asText("manual")), "", false));
            blog.path("categories").forEach(c -> taxonomy.categoryNamed(c.asText()));
            int position = 1;
            for (JsonNode p : blog.path("posts")) {
                List<String> tags = new ArrayList<>();
                p.path("tags").forEach(t -> tags.add(t.asText()));
                Instant published = Instant.parse(p.path("publishedAt").asText());
                posts.create(Post.draft(p.path("title").asText(), readText("posts/" + p.path("file").asText()))
                        .slug(p.path("slug").asText())
                        .icon(p.path("icon").asText())
                        .categoryId(taxonomy.categoryNamed(p.path("category").asText()).id())
                        .tags(tags)
                        .excerpt(p.path("excerpt").asText())
                        .status(PostStatus.PUBLISHED)
                        .publishedAt(published)
                        .createdAt(published)
                        .updatedAt(published)
                        .position(position++)
                        .build());
            }
        });
    }

    private static JsonNode readJson(String name) {
        try {
            return JSON.readTree(readText(name));
        } catch (IOException e) {
            throw new LibraryException("The sample blog in this Blogwright is damaged (" + name + ").", e);
        }
    }

    private static String readText(String name) {
        try (InputStream in = SampleBlog.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new LibraryException("The sample blog in this Blogwright is incomplete (" + name + " missing).");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LibraryException("The sample blog could not be read (" + name + ").", e);
        }
    }
}
